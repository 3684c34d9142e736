"""Canonical article URLs and registrable domains: pure string functions.

Two links to the same story must give the same article id, so the URL is made absolute and
stripped of what varies without changing the page: tracking parameters and the fragment.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from publicsuffixlist import PublicSuffixList

__all__ = ["TRACKING_PARAMS", "canonical_url", "registrable_domain"]

# Exact names; plus any parameter starting with utm_ (see _is_tracking).
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl",
    "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wt_mc", "wt.mc_id", "cmpid", "ncid", "ocid",
    "ito", "icid", "spm", "s_cid", "rss", "rssfeed", "feature", "at_medium", "at_campaign", "ref_src",
    "__twitter_impression", "share", "smid", "sr_share",
})

_DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACE = re.compile(r"\s+")


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low.startswith(("utm_", "pk_", "hsa_")) or low in TRACKING_PARAMS


def canonical_url(link: str | None, base: str = "") -> str:
    """Absolute, lower-cased scheme and host, default port, tracking parameters and fragment dropped.

    Returns "" for anything that is not an http(s) URL after resolving against ``base``
    (``javascript:``, ``mailto:``, an empty link): such an entry falls back to its guid for an id.
    """
    if not link:
        return ""
    link = _SPACE.sub("", link.strip()) if "\n" in link or "\t" in link else link.strip()
    try:
        absolute = urljoin(base, link) if base else link
        parts = urlsplit(absolute)
        port = parts.port
    except ValueError:  # an invalid port or IPv6 literal
        return ""
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return ""
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True) if query else "", ""))


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    return PublicSuffixList()  # the list ships in the wheel: nothing is downloaded


@lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str:
    """The politeness key: ``www.bbc.co.uk`` -> ``bbc.co.uk``; an IP address or bare name is itself."""
    host = host.lower().rstrip(".").strip("[]")
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    return _psl().privatesuffix(host) or host
