export function verifyGroveSignature(
  rawBody: string,
  header: string | undefined,
  secret: string,
  nowSeconds?: number,
): boolean;
