import * as schedule from '#lib/server/schedule.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => schedule.exportEndpoint(event, 'json');
