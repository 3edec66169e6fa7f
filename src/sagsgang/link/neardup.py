"""Near-duplicate items: the same case write-up published twice (web page and PDF) or copied into
another body's agenda. MinHash over 5-word shingles (datasketch's scheme, computed with numpy at
ingest and stored), compared by estimated Jaccard; LSH band keys propose the pairs to compare.

Threshold 0.5, measured on shared/corpus/docs: true duplicates score 0.72-0.93 (Norddjurs HTML vs
PDF 0.89; Aarhus Ø in agenda and minutes 0.93; Lokalplan 1221 in Byråd and Teknisk Udvalg 0.72),
the most similar non-duplicates 0.22 (two budget items of one Aarhus case) and below: 0 false
merges, with margin on both sides.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

# numpy (~0.1 s) is imported where signatures are compared, so reading stored cases never loads it
if TYPE_CHECKING:  # imported where used: datasketch pulls in scipy (~0.5 s), which ingest never needs
    from datasketch import MinHash

THRESHOLD = 0.5
SHINGLE = 5
PERMUTATIONS = 128
BANDS, ROWS = 32, 4  # what datasketch's MinHashLSH chooses for threshold THRESHOLD * 0.8 and 128 permutations
Signature = Any  # numpy.ndarray: the PERMUTATIONS hash values of a MinHash (uint32)
_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.casefold())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i: i + k]) for i in range(len(words) - k + 1)}


def signature(text: str) -> MinHash | None:
    """MinHash of an item's text; None for texts too short to compare meaningfully (< 20 words)."""
    from datasketch import MinHash

    sh = shingles(text)
    if len(sh) < 16:
        return None
    m = MinHash(num_perm=PERMUTATIONS, seed=1)
    m.update_batch([s.encode("utf-8") for s in sorted(sh)])  # the same hash values as update() per shingle, ~3x faster
    return m


def similar(a: MinHash | Signature | None, b: MinHash | Signature | None, threshold: float = THRESHOLD) -> bool:
    """Estimated Jaccard of two signatures (MinHash objects or their stored hash values) >= threshold."""
    import numpy as np

    if a is None or b is None:
        return False
    va, vb = _values(a), _values(b)
    return float(np.count_nonzero(va == vb)) / float(len(va)) >= threshold


def _values(sig: MinHash | Signature) -> Signature:
    return getattr(sig, "hashvalues", sig)


def item_signature(title: str, body: str, public: bool) -> Signature | None:
    """The MinHash hash values of an item as linking compares it (title and public body; a closed
    item has none). Computed once at ingest and stored (sig_bytes), so linking never recomputes it."""
    return minhash_values(title + "\n" + body) if public else None


def minhash_values(text: str) -> Signature | None:
    """The hash values `signature(text)` holds (datasketch's MinHash, its default affine32 scheme:
    SHA-1 32-bit hash, MurmurHash3 finalizer, h -> a*h + b mod 2^32), computed with numpy in one
    pass: no datasketch/scipy import at ingest and no permutations drawn per item. Equality with
    datasketch is tested (tests/link/test_neardup.py)."""
    import numpy as np

    sh = shingles(text)
    if len(sh) < 16:
        return None
    a, b = _permutations()
    hv = np.fromiter((int.from_bytes(hashlib.sha1(s.encode("utf-8")).digest()[:4], "little") for s in sh),
                     dtype=np.uint32, count=len(sh))
    hv ^= hv >> np.uint32(16)
    hv *= np.uint32(0x85EBCA6B)
    hv ^= hv >> np.uint32(13)
    hv *= np.uint32(0xC2B2AE35)
    hv ^= hv >> np.uint32(16)
    return (hv[:, None] * a + b).min(axis=0)


@lru_cache(maxsize=1)
def _permutations():
    """datasketch's affine32 permutations for seed 1 (MinHash._init_permutations)."""
    import numpy as np

    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, PERMUTATIONS, dtype=np.uint32)
    return a, b


def sig_bytes(values: Signature | None) -> bytes | None:
    """Hash values as stored (little-endian uint32, 512 bytes)."""
    import numpy as np

    return None if values is None else np.asarray(values, dtype="<u4").tobytes()


def sig_from_bytes(data: bytes | None) -> Signature | None:
    import numpy as np

    return None if data is None else np.frombuffer(data, dtype="<u4").astype(np.uint32)


def band_keys(municipality: str | None, values: Signature) -> list[int]:
    """LSH band keys of a signature (BANDS bands of ROWS hash values, the banding datasketch's
    MinHashLSH picks for THRESHOLD * 0.8), each tagged with its band and the municipality: two
    items are near-duplicate candidates when they share a key. A key is a signed 64-bit mix of
    the band's values (so a store can index it); the municipality is part of it because only
    items of one municipality are ever linked by text. A rare mix collision only proposes a
    pair that `similar` then rejects, and linking at once and at ingest use the same keys."""
    import numpy as np

    seed = np.uint64(int.from_bytes(_tag_hash(municipality), "little"))
    rows = np.asarray(values, dtype=np.uint32).reshape(BANDS, ROWS).astype(np.uint64)
    h = seed ^ (np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15))
    for col in range(ROWS):
        h = (h ^ rows[:, col]) * np.uint64(0x100000001B3)
        h ^= h >> np.uint64(29)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(32)
    return h.view(np.int64).tolist()


@lru_cache(maxsize=4096)
def _tag_hash(municipality: str | None) -> bytes:
    tag = b"\x00" if municipality is None else b"\x01" + municipality.encode("utf-8")
    return hashlib.blake2b(tag, digest_size=8).digest()


def candidate_pairs(signatures: list[MinHash | Signature | None],
                    municipalities: list[str | None] | None = None) -> list[tuple[int, int]]:
    """Index pairs (i < j) that share an LSH band: near-linear instead of comparing all pairs.

    The banding sits below THRESHOLD so that borderline pairs are still proposed; `similar` then
    decides on the estimated Jaccard itself. The same keys (band_keys) are what the store indexes,
    so linking everything at once and linking at ingest propose the same pairs."""
    munis = municipalities or [None] * len(signatures)
    buckets: dict[int, list[int]] = {}
    for i, sig in enumerate(signatures):
        if sig is not None:
            for key in band_keys(munis[i], _values(sig)):
                buckets.setdefault(key, []).append(i)
    pairs = set()
    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                pairs.add((i, j))
    return sorted(pairs)


SKETCH_K = 32  # hashes kept per text: a Jaccard estimate within ~0.06 at the 0.85 dedupe threshold


def word_sketch(text: str) -> bytes:
    """Bottom-k sketch of a text's distinct words (32-bit hashes, 128 bytes at most), stored per item
    at ingest so search can tell the same write-up published twice without loading both bodies.

    The 4-byte big-endian digests sort as the integers they encode, so they are kept as bytes."""
    hashes = sorted({_word_hash(w) for w in set(_WORD.findall(text.casefold()))})[:SKETCH_K]
    return b"".join(hashes)


@lru_cache(maxsize=1 << 17)
def _word_hash(word: str) -> bytes:
    """32-bit BLAKE2b of a word, memoised: the same words recur in every item."""
    return hashlib.blake2b(word.encode("utf-8"), digest_size=4).digest()


def sketch_jaccard(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the word sets behind two sketches (1.0 for two empty texts)."""
    sa = {a[i:i + 4] for i in range(0, len(a), 4)}
    sb = {b[i:i + 4] for i in range(0, len(b), 4)}
    if not sa and not sb:
        return 1.0
    union = sorted(sa | sb)[:SKETCH_K]
    return sum(1 for h in union if h in sa and h in sb) / len(union)
