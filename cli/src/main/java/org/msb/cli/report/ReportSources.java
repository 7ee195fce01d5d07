package org.msb.cli.report;

import org.msb.cli.DemoAccount;
import org.msb.cli.scan.RuleCatalog;
import org.msb.cli.scan.ScanResult;
import org.msb.cli.scan.ScanService;
import org.msb.internal.world.World;
import org.msb.internal.world.WorldReader;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the offline sources into scan results: scan result files are read back, world files are scanned
 * (as of {@code at}, default now), and with neither the bundled demo account is scanned as of its capture time.
 */
public final class ReportSources {
    private final RuleCatalog catalog;

    public ReportSources(RuleCatalog catalog) { this.catalog = catalog; }

    public List<ReportInput> load(List<Path> scanFiles, List<Path> worldFiles, Instant at) {
        List<ReportInput> out = new ArrayList<>();
        ScanJsonReader reader = new ScanJsonReader(catalog);
        for (Path f : scanFiles) out.add(ReportInput.ofScanFile(reader.read(f), f));
        for (Path f : worldFiles) {
            World w = WorldReader.readWorld(f);
            String name = w.description() != null ? w.description() + " (" + w.name() + ")" : w.name();
            out.add(ReportInput.ofWorldFile(scan(w, name, at != null ? at : Instant.now()), f));
        }
        if (out.isEmpty()) {
            World demo = DemoAccount.load();
            out.add(ReportInput.ofWorldJson(scan(demo, "the demo account: " + demo.description(), at != null ? at : demo.capturedAt()),
                    DemoAccount.json()));
        }
        return out;
    }

    private ScanResult scan(World w, String name, Instant at) {
        return new ScanService().scan(catalog, new ScanService.Request(name, w.account(), w.register(), w::parametersFor, at));
    }
}
