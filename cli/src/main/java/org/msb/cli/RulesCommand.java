package org.msb.cli;

import org.msb.cli.scan.RuleCatalog;
import org.msb.rule.RuleSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules this build contains, in baseline order.")
public final class RulesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-7s %-30s %-34s %s%n", "Control", "Rule", "Trigger", "Title");
        for (var r : RuleCatalog.load().rules()) {
            RuleSpec s = r.spec();
            String trigger = (s.isChangeTriggered() ? "change" : "") + (s.isChangeTriggered() && s.isPeriodic() ? " + " : "")
                    + (s.isPeriodic() ? "periodic " + s.frequency() : "");
            out.printf("%-7s %-30s %-34s %s%n", s.controlId(), s.id(), trigger, s.title());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
