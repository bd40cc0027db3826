/**
 * Validators for the published schedule schemas in /work/shared/schemas (taken from voc/schedule),
 * set up as in src/lib/domain/schedule-export.spec.ts: xmllint (WebAssembly) for the frab XSD, ajv
 * for the c3voc JSON Schema with the allowances upstream's schema needs. Shared by the integration
 * and browser tests of the export endpoints.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';

const SCHEMAS = '/work/shared/schemas';

export async function frabErrors(xml: string): Promise<string[]> {
	const result = await validateXML({
		xml: [{ fileName: 'schedule.xml', contents: xml }],
		schema: [{ fileName: 'schedule.xml.xsd', contents: readFileSync(`${SCHEMAS}/schedule.xml.xsd`, 'utf8') }],
		maxMemoryPages: 1024
	});
	return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

let compiled: ReturnType<Ajv['compile']> | null = null;

export function c3vocErrors(document: unknown): string[] {
	if (compiled === null) {
		const require = createRequire(import.meta.url);
		const draft06: unknown = JSON.parse(
			readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-06.json'), 'utf8')
		);
		const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
		ajv.addMetaSchema(draft06 as object);
		addFormats(ajv);
		ajv.addKeyword('$oneOf');
		ajv.addKeyword('$todo');
		ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
		compiled = ajv.compile(JSON.parse(readFileSync(`${SCHEMAS}/schema.json`, 'utf8')) as object);
	}
	const valid = compiled(document);
	return valid ? [] : (compiled.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
