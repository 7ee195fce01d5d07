package org.msb.cli.report.findings;

import org.msb.cli.DemoAccount;
import org.msb.cli.scan.RuleCatalog;
import org.msb.cli.scan.ScanResult;
import org.msb.cli.scan.ScanService;
import org.msb.internal.world.World;

/** The bundled demo account scanned as {@code msb scan} does: every rule, its own register and parameters, as of its capture. */
final class DemoScans {
    private static ScanResult demo;

    private DemoScans() {}

    static synchronized ScanResult demo() {
        if (demo == null) {
            World w = DemoAccount.load();
            demo = new ScanService().scan(RuleCatalog.load(), new ScanService.Request("the demo account", w.account(), w.register(),
                    w::parametersFor, w.capturedAt()));
        }
        return demo;
    }

    /** The demo scan as if it came from another account and region (for multi-account batches). */
    static ScanResult as(String accountId, String region) {
        ScanResult d = demo();
        return new ScanResult(d.source(), accountId, region, d.evaluatedAt(), d.rules(), d.results(), d.errors());
    }
}
