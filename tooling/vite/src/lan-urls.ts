// The addresses other devices on the local network can reach this computer at, for
// `pnpm start:lan`: each becomes an https:// URL to print and to show as a QR code.
import { networkInterfaces, type NetworkInterfaceInfo } from "node:os";

export interface LanAddress {
  readonly interfaceName: string;
  readonly address: string;
  readonly family: "IPv4" | "IPv6";
}

/** Interfaces a phone on the same Wi-Fi cannot reach: containers, virtual machines, VPN tunnels. */
const VIRTUAL_INTERFACE = /^(docker|br-|veth|virbr|vboxnet|vmnet|lxc|lxd|cni|flannel|podman|tun|tap|utun|wg|tailscale|zt)/i;

/**
 * Every external address, the likeliest first: IPv4 before IPv6 (no zone needed, short to type),
 * private ranges before others, real interfaces before virtual ones. Loopback and link-local
 * addresses are left out (another device cannot use them without a zone id).
 */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): LanAddress[] {
  const found: (LanAddress & { readonly order: number })[] = [];
  for (const [interfaceName, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.internal || isLinkLocal(info)) continue;
      const family = info.family === "IPv4" ? "IPv4" : "IPv6";
      const order =
        (VIRTUAL_INTERFACE.test(interfaceName) ? 4 : 0) + (family === "IPv6" ? 2 : 0) + (family === "IPv4" && !isPrivateIPv4(info.address) ? 1 : 0);
      found.push({ interfaceName, address: info.address, family, order: found.length + order * 1000 });
    }
  }
  return found.sort((a, b) => a.order - b.order).map(({ interfaceName, address, family }) => ({ interfaceName, address, family }));
}

/** https://<address>:<port><path> for each address (IPv6 in brackets). */
export function lanUrls(addresses: readonly LanAddress[], port: number, path = "/"): string[] {
  return addresses.map(({ address, family }) => `https://${family === "IPv6" ? `[${address}]` : address}:${port}${path}`);
}

function isLinkLocal(info: NetworkInterfaceInfo): boolean {
  return info.family === "IPv4" ? info.address.startsWith("169.254.") : /^fe[89ab]/i.test(info.address);
}

function isPrivateIPv4(address: string): boolean {
  const [a, b] = address.split(".").map(Number) as [number, number];
  return a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31);
}
