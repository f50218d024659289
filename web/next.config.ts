import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // antd-mobile ships ESM with bare CSS imports, which Next must compile itself.
  transpilePackages: ['antd-mobile'],
  poweredByHeader: false,
  turbopack: {
    rules: {
      // Pages get hash-only documents, never operation text (see the loader).
      '*.operations.ts': {
        loaders: [path.join(import.meta.dirname, 'scripts/operations-loader.cjs')],
        as: '*.ts',
      },
    },
  },
};

export default nextConfig;
