// Types of build-services.mjs (plain JavaScript, so that building needs no compiler) for its TypeScript callers (the bench).
export declare const BUILD_DIR: string;
export declare const SERVICE_PACKAGES: string[];
export declare function buildServices(options?: { packages?: string[]; extraDirs?: string[]; quiet?: boolean }): Promise<{ files: number; assets: number; ms: number }>;
export declare function compiledEntry(sourceEntry: string): string;
