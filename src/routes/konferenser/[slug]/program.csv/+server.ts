import * as schedule from '#lib/server/conferences/schedule.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => schedule.exportEndpoint(event, 'csv');
