export function generateSchema(document: object): Promise<string>;
