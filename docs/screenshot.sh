#!/usr/bin/env bash
# Regenerates docs/report-screenshot.png: the HTML report of the bundled demo account (msb report --format html),
# rendered by headless Chromium (/usr/bin/chromium; Debian: apt-get install -y chromium) at 1400x2000.
# (The test writes the demo report next to it as docs/report-demo.html; the script removes it.)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -pl cli -am test -Dtest='org.msb.cli.report.HtmlReportTest#html_demoScreenshot' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dmsb.screenshot="$root/docs/report-screenshot.png"
rm -f "$root/docs/report-demo.html"
echo "wrote docs/report-screenshot.png"
