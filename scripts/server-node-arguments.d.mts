export declare const defaultServerHeapMb: number;
export declare function serverNodeArguments(env: Record<string, string | undefined>): string[];
