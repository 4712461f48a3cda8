import { describe } from "vitest";
import { itMaps } from "../../../tests/support/table-cases.ts";
import { isRefusedAddress } from "./fetch-source.ts";

// No metric source reaches a link-local or cloud metadata address, whatever the allow-list says
// (docs/metric-sources.md, "Which hosts a source may reach").
describe("addresses no source may reach", () => {
  itMaps("%s -> %s", isRefusedAddress, [
    ["169.254.169.254", true],
    ["169.254.0.1", true],
    ["::ffff:169.254.169.254", true],
    ["fe80::1", true],
    ["febf::1", true],
    ["fd00:ec2::254", true],
    ["100.100.100.200", true],
    ["0.0.0.0", true],
    ["::", true],
    ["not an address", true],
    ["127.0.0.1", false],
    ["10.0.0.5", false],
    ["::1", false],
    ["fec0::1", false],
    ["93.184.216.34", false],
  ]);
});
