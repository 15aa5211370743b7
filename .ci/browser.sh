#!/bin/sh
# Install what the browser tests (tests/test_web_browser.py, marked `browser`) need:
# Debian's Chromium at /usr/bin/chromium, fonts with Arabic glyphs, and the Playwright
# Python package that drives it. Run as root, non-interactively (CI). Playwright's own
# browser download is NOT used: the tests launch executable_path=/usr/bin/chromium.
set -eu

export DEBIAN_FRONTEND=noninteractive

if [ "$(id -u)" != "0" ]; then
    echo "browser.sh: run as root (it calls apt-get)" >&2
    exit 1
fi

apt-get update -q
# chromium pulls in its own shared libraries (nss, gtk, ...); the fonts give the page's
# Arabic text real glyphs (Noto Naskh/Kufi Arabic in fonts-noto-core; KacsT as a fallback).
apt-get install -y -q --no-install-recommends \
    chromium \
    fonts-noto-core \
    fonts-kacst \
    fonts-dejavu-core \
    fontconfig
fc-cache -f >/dev/null 2>&1 || true

# The Python driver (no browser download: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is implied
# because we never run `playwright install`).
python3 -c "import playwright" 2>/dev/null || python3 -m pip install -q "playwright>=1.44"

/usr/bin/chromium --version
python3 - <<'PY'
from playwright.sync_api import sync_playwright

with sync_playwright() as p:
    browser = p.chromium.launch(
        executable_path="/usr/bin/chromium",
        headless=True,
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run"],
    )
    page = browser.new_page()
    page.set_content("<p dir='rtl'>رصد</p>")
    assert page.inner_text("p") == "رصد"
    browser.close()
print("browser.sh: Playwright drives /usr/bin/chromium")
PY
