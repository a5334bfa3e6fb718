"""The head's word features (extract/bagofwords.py) are scikit-learn's TF-IDF, computed without
scikit-learn at run time."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from sitrep.extract.bagofwords import NGRAMS, BagOfWords, terms

CORPUS = [
    "A car bomb exploded near a checkpoint in Kirkuk, killing five soldiers.",
    "Mortar shells hit a market in Douma; two children were killed.",
    "Police detained three men at a checkpoint in Basra on Monday.",
    "Drone strike kills two militants near Idlib, the monitor said.",
    "A car bomb was defused at the entrance of the market.",
]


def test_terms_are_words_and_word_pairs():
    t = terms("Car bomb, car BOMB in Kirkuk: 5 dead; a b")
    assert t["car"] == 2 and t["car bomb"] == 2 and t["bomb car"] == 1
    assert "a" not in t and "b" not in t  # one-letter tokens, as scikit-learn drops them
    assert "in kirkuk" in t


def test_same_as_scikit_learn():
    vec = TfidfVectorizer(ngram_range=NGRAMS, min_df=1, sublinear_tf=True).fit(CORPUS)
    bow = BagOfWords.from_vectorizer(vec, weight=2.0)
    texts = CORPUS + ["An unseen sentence with a car bomb in Basra and bomb bomb bomb.", ""]
    ours = bow.transform(texts).toarray()
    theirs = 2.0 * vec.transform(texts).toarray()
    assert ours.shape == theirs.shape
    assert np.allclose(ours, theirs, atol=1e-6)
    assert not ours[-1].any()  # an empty text has no features, and no division by zero
