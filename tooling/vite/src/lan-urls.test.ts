import type { NetworkInterfaceInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { lanAddresses, lanUrls } from "./lan-urls.js";

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: "255.255.255.0", family: "IPv4", mac: "02:00:00:00:00:01", internal, cidr: `${address}/24` };
}
function v6(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: "ffff:ffff:ffff:ffff::", family: "IPv6", mac: "02:00:00:00:00:01", internal, cidr: `${address}/64`, scopeid: 0 };
}

describe("lanAddresses", () => {
  it("lists external addresses only: no loopback, no link-local", () => {
    const addresses = lanAddresses({
      lo: [v4("127.0.0.1", true), v6("::1", true)],
      wlan0: [v4("192.168.1.23"), v6("fe80::1c2b:3aff:fe4d:5e6f"), v6("fd00::23")],
      eth1: [v4("169.254.10.2")],
    });
    expect(addresses).toEqual([
      { interfaceName: "wlan0", address: "192.168.1.23", family: "IPv4" },
      { interfaceName: "wlan0", address: "fd00::23", family: "IPv6" },
    ]);
  });

  it("puts the likeliest first: a private IPv4 on a real interface before containers, VPNs and public addresses", () => {
    const addresses = lanAddresses({
      docker0: [v4("172.17.0.1")],
      tailscale0: [v4("100.101.102.103")],
      eth0: [v4("203.0.113.7")],
      wlan0: [v4("10.0.0.5"), v6("2001:db8::5")],
    });
    expect(addresses.map((a) => `${a.interfaceName} ${a.address}`)).toEqual([
      "wlan0 10.0.0.5",
      "eth0 203.0.113.7",
      "wlan0 2001:db8::5",
      "docker0 172.17.0.1",
      "tailscale0 100.101.102.103",
    ]);
  });

  it("keeps the system's order among equals", () => {
    const addresses = lanAddresses({ eth0: [v4("192.168.0.2")], wlan0: [v4("192.168.1.2")] });
    expect(addresses.map((a) => a.interfaceName)).toEqual(["eth0", "wlan0"]);
  });

  it("finds nothing on a computer without a network", () => {
    expect(lanAddresses({ lo: [v4("127.0.0.1", true)] })).toEqual([]);
  });
});

describe("lanUrls", () => {
  it("makes https URLs on the port, with IPv6 addresses in brackets and the app's path", () => {
    const addresses = lanAddresses({ wlan0: [v4("192.168.1.23"), v6("fd00::23")] });
    expect(lanUrls(addresses, 8443)).toEqual(["https://192.168.1.23:8443/", "https://[fd00::23]:8443/"]);
    expect(lanUrls(addresses.slice(0, 1), 8443, "/livedigits/")).toEqual(["https://192.168.1.23:8443/livedigits/"]);
  });
});
