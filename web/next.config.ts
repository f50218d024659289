import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // antd-mobile ships ESM with bare CSS imports, which Next must compile itself.
  transpilePackages: ['antd-mobile'],
  poweredByHeader: false,
};

export default nextConfig;
