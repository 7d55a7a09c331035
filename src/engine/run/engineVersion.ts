/** The engine's version, carried by every result; kept equal to package.json's by a test. */
export const ENGINE_VERSION = '0.1.0';
