# Shared settings for scripts/setup, scripts/exec and friends (sourced, not run).
# SPDX-License-Identifier: GPL-3.0-or-later

FAZHI_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
FAZHI_BUILDROOT=${FAZHI_BUILDROOT:-/var/cache/fazhi-review/buildroot}
FAZHI_SUITE=${FAZHI_SUITE:-trixie}

fazhi_say() { printf '[fazhi] %s\n' "$*" >&2; }
fazhi_die() { printf '[fazhi] error: %s\n' "$*" >&2; exit 1; }

# The packages named in scripts/packages.txt, comments and blank lines dropped.
fazhi_packages() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$FAZHI_REPO/scripts/packages.txt" | tr -d ' \t'; }

# Native when the host itself packages Qt >= 6.5 and KF6 SyntaxHighlighting: Debian 13+,
# Ubuntu 24.04+, or any host where FAZHI_NATIVE=1 says the libraries are already installed.
fazhi_is_native()
{
    [ "${FAZHI_NATIVE:-}" = 1 ] && return 0
    [ "${FAZHI_NATIVE:-}" = 0 ] && return 1
    [ -r /etc/os-release ] || return 1
    local id version
    id=$(. /etc/os-release && echo "${ID:-}")
    version=$(. /etc/os-release && echo "${VERSION_ID:-0}")
    case "$id" in
    debian) [ "${version%%.*}" -ge 13 ] 2>/dev/null ;;
    ubuntu) [ "${version%%.*}" -ge 24 ] 2>/dev/null ;;
    *) return 1 ;;
    esac
}
