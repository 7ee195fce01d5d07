package org.msb.cli;

import org.msb.cli.attest.RegisterEditor;
import org.msb.cli.scan.RuleCatalog;
import org.msb.register.Attestation;
import org.msb.rule.Rule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code msb attest}: records that a procedural control was carried out (a role's permissions reviewed, the
 * account contacts confirmed...) in a register file, so people keep attestations without editing YAML.
 */
@Command(name = "attest", mixinStandardHelpOptions = true,
        description = {"Record an attestation (who, when, what, evidence) in an exception register file.",
                "Attestation-based rules (A) read them from the register: e.g. roles-reviewed counts a role as reviewed."},
        footer = {"", "Example: msb attest --register register.yaml --rule roles-reviewed --subject app-deploy \\",
                "           --by jane.doe@example.com --reference https://wiki.example.com/reviews/42",
                "Exit codes: 0 recorded; 1 the register cannot be read or written; 2 bad usage."})
public final class AttestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--register", required = true, paramLabel = "FILE",
            description = "The register file (YAML, or JSON by its .json name); created when absent, other content kept.")
    Path register;

    @Option(names = "--rule", required = true, paramLabel = "ID", description = "The attestation-based rule it serves (rule id or control id, e.g. roles-reviewed or IAM-8).")
    String rule;

    @Option(names = "--subject", required = true, paramLabel = "WHAT",
            description = "What was attested: a role name or ARN (wildcards allowed, * for all), a plan name, \"contacts\"...")
    String subject;

    @Option(names = "--by", paramLabel = "WHO", description = "Who attests (e-mail address). Required.")
    String by;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it was done; default today (UTC).")
    String date;

    @Option(names = "--reference", paramLabel = "URL", description = "Where the evidence lives (document, ticket).")
    String reference;

    @Option(names = "--account", paramLabel = "ACCOUNT_ID", description = "The 12-digit account it applies to; default any account reading the register.")
    String account;

    @Option(names = "--id", paramLabel = "ID", description = "The entry id; default the next AT-<year>-<nnn>.")
    String id;

    @Override
    public Integer call() throws IOException {
        Rule r = attestationRule();
        if (by == null || by.isBlank()) throw usage("--by is required: who attests (an e-mail address)");
        if (!by.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) throw usage("--by \"" + by + "\" is not an e-mail address");
        if (subject.isBlank()) throw usage("--subject is empty: name what was attested");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate when = today;
        if (date != null) {
            try {
                when = LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                throw usage("--date \"" + date + "\" is not a date (YYYY-MM-DD)");
            }
            if (when.isAfter(today)) throw usage("--date " + when + " is in the future (today is " + today + ")");
        }
        if (account != null && !account.matches("\\d{12}")) throw usage("--account \"" + account + "\" is not a 12-digit account id");
        if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) throw usage("--id \"" + id + "\" must be letters, digits, '.', '_' or '-'");
        if (reference != null && reference.isBlank()) throw usage("--reference is empty");

        Attestation a = RegisterEditor.append(register, new RegisterEditor.NewAttestation(id, r.spec().id(), subject.trim(),
                reference == null ? null : reference.trim(), when, by.trim(), account));
        spec.commandLine().getOut().println("Recorded " + a.id() + ": " + a.rule() + " \"" + a.subject() + "\" on " + a.date() + " by " + a.by()
                + (a.reference() == null ? "" : " (" + a.reference() + ")") + " in " + register);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The rule named, which must read attestations. */
    private Rule attestationRule() {
        List<Rule> rules = RuleCatalog.load().rules();
        List<String> attested = rules.stream().filter(x -> x.spec().attestationBased()).map(x -> x.spec().id()).toList();
        Rule r = rules.stream().filter(x -> x.spec().id().equals(rule) || x.spec().controlId().equalsIgnoreCase(rule)).findFirst()
                .orElseThrow(() -> usage("unknown rule \"" + rule + "\"; rules that read attestations: " + String.join(", ", attested)));
        if (!r.spec().attestationBased()) {
            throw usage("rule " + r.spec().id() + " does not read attestations; rules that do: " + String.join(", ", attested));
        }
        return r;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
