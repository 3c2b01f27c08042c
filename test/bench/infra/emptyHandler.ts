/** The benchmark's baseline: a handler that does nothing, bundled with the same recipe. */
export const handler = async (): Promise<Record<string, never>> => ({});
