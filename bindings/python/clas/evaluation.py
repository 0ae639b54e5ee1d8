# SPDX-License-Identifier: Apache-2.0
"""Results of an evaluation: verdicts, constats, amounts and the explanation trace."""

from __future__ import annotations

import sys
from decimal import Decimal
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Sequence, Tuple

from . import _capi, _clas
from ._base import _Wrapper
from ._jsonio import loads
from .enums import Code, ConsequencePart, Decision, Lang, Montant, Niveau, Regle, Severity, Statut, Unite, Verdict
from .money import from_cents, from_millionths

__all__ = ["Evaluation", "CollectifResult", "Constat", "Etape", "Valeur"]


class Valeur(NamedTuple):
    """An input or the output of a trace step.

    ``valeur`` is converted by unit: ``Decimal`` euros for cents, ``Decimal``
    fraction for rates, ``bool``, ``"YYYY-MM-DD"`` for dates, a ``frozenset``
    of :class:`Niveau` for levels, a :class:`Decision`, ``int`` for numbers;
    ``brut`` is the library's integer.
    """
    nom: str
    valeur: Any
    unite: Unite
    brut: int


def _convert(raw: int, unite: Unite) -> Any:
    if unite is Unite.CENTS:
        return from_cents(raw)
    if unite is Unite.TAUX:
        return from_millionths(raw)
    if unite is Unite.BOOLEEN:
        return bool(raw)
    if unite is Unite.DATE:
        return f"{raw // 10000:04d}-{raw // 100 % 100:02d}-{raw % 100:02d}" if raw else None
    if unite is Unite.NIVEAUX:
        return frozenset(n for n in Niveau if raw & (1 << int(n)))
    if unite is Unite.DECISION:
        return Decision(raw)
    return raw


class Constat(_Wrapper):
    """One finding of an eligibility check; borrowed from (and keeps alive) its evaluation.

    ``str(constat)`` is its French message; :meth:`message` gives either language.
    """

    __slots__ = ()

    @property
    def code(self) -> Code:
        """Stable code (``Code.GROUPE_TROP_PETIT``...)."""
        return Code(self._h.code())

    @property
    def severity(self) -> Severity:
        """Severity from the cadre: INFO, WARNING or BLOCKING."""
        return Severity(self._h.severity())

    @property
    def regle(self) -> Regle:
        """The rule that produced it."""
        return Regle(self._h.regle())

    @property
    def collectif_index(self) -> Optional[int]:
        """Index of the collectif, None for a dossier-level constat."""
        i = self._h.collectif_index()
        return None if i < 0 else i

    @property
    def collectif_id(self) -> str:
        """Id of the collectif, ``""`` for a dossier-level constat."""
        return self._h.collectif_id()

    @property
    def champ(self) -> str:
        """The field concerned (``"nb_enfants"``, ``"date_depot"``...)."""
        return self._h.champ()

    @property
    def valeur(self) -> int:
        """The observed value (count, cents, YYYYMMDD date...), 0 if none."""
        return self._h.valeur()

    @property
    def limite(self) -> int:
        """The limit it was compared with, 0 if none."""
        return self._h.limite()

    @property
    def source(self) -> str:
        """The text behind the constat (its code's, else its rule's)."""
        return self._h.source()

    @property
    def consequence(self) -> str:
        """The consequence the cadre gives this code, in the cadre's own words; ``""`` when none."""
        return self._h.consequence(int(ConsequencePart.TEXTE))

    @property
    def consequence_source(self) -> Tuple[str, str, str]:
        """The cadre's text that states :attr:`consequence`: (titre, section, url), empty when none."""
        h = self._h
        return (h.consequence(int(ConsequencePart.TITRE)), h.consequence(int(ConsequencePart.SECTION)),
                h.consequence(int(ConsequencePart.URL)))

    @property
    def blocking(self) -> bool:
        """True if this constat makes the collectif (or dossier) ineligible."""
        return self.severity is Severity.BLOCKING

    def message(self, lang: Any = Lang.FR) -> str:
        """The message, in French (default) or English (``Lang.EN`` or ``"en"``)."""
        return self._h.message(int(Lang.coerce(lang)))

    def __str__(self) -> str:
        return self.message()

    def __repr__(self) -> str:
        where = f" collectif={self.collectif_id!r}" if self.collectif_id else ""
        return f"<Constat {self.code.id} {self.severity.id} {self.regle.id}{where}>"


class Etape(_Wrapper):
    """One step of the explanation trace; borrowed from (and keeps alive) its evaluation.

    ``str(etape)`` is a one-line French description
    (``"base = min(10 000,00 €, 8 487,00 €) = 8 487,00 €"``).
    """

    __slots__ = ()

    @property
    def regle(self) -> Regle:
        """Rule applied."""
        return Regle(self._h.regle())

    @property
    def operation(self) -> str:
        """Stable key of the step (``"base"``, ``"ps_calculee"``...)."""
        return self._h.operation()

    @property
    def formule(self) -> str:
        """The formula in plain text."""
        return self._h.formule()

    @property
    def source(self) -> str:
        """The text that states the step's rule."""
        return self._h.source()

    @property
    def source_valeurs(self) -> str:
        """The barème's or cadre's source when it set the step's values, else ``""``."""
        return self._h.source_valeurs()

    @property
    def entrees(self) -> Tuple[Valeur, ...]:
        """Inputs of the step."""
        h = self._h
        out = []
        for i in range(h.num_entrees()):
            u = Unite(h.entree_unite(i))
            raw = h.entree_valeur(i)
            out.append(Valeur(h.entree_nom(i), _convert(raw, u), u, raw))
        return tuple(out)

    @property
    def sortie(self) -> Valeur:
        """Output of the step."""
        h = self._h
        u = Unite(h.sortie_unite())
        raw = h.sortie_valeur()
        return Valeur(h.sortie_nom(), _convert(raw, u), u, raw)

    def text(self, lang: Any = Lang.FR) -> str:
        """One-line description in French (default) or English."""
        return self._h.text(int(Lang.coerce(lang)))

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        s = self.sortie
        return f"<Etape {self.regle.id} {self.operation}: {s.nom}={s.valeur}>"


class CollectifResult:
    """The results of one collectif in an evaluation (``evaluation.collectifs[i]``)."""

    __slots__ = ("_evaluation", "_index")

    def __init__(self, evaluation: "Evaluation", index: int) -> None:
        self._evaluation = evaluation
        self._index = index

    @property
    def index(self) -> int:
        """Position of the collectif in the dossier."""
        return self._index

    @property
    def id(self) -> str:
        """Collectif id."""
        return self._evaluation._h.collectif_id(self._index)

    @property
    def verdict(self) -> Verdict:
        """ELIGIBLE or INELIGIBLE."""
        return Verdict(self._evaluation._h.collectif_verdict(self._index))

    @property
    def eligible(self) -> bool:
        """True if the collectif is eligible."""
        return self.verdict is Verdict.ELIGIBLE

    @property
    def decision(self) -> Decision:
        """The committee's decision, as recorded when the dossier was evaluated."""
        return Decision(self._evaluation._h.collectif_decision(self._index))

    @property
    def statut(self) -> Statut:
        """Funding status: AGREE, EN_ATTENTE, REFUSE (eligible but refused) or INELIGIBLE."""
        return Statut(self._evaluation._h.collectif_statut(self._index))

    def montant(self, montant: Any) -> Decimal:
        """One amount (``Montant.PS``, ``"total"``...), ``Decimal`` euros."""
        return from_cents(self._evaluation._h.montant(self._index, int(Montant.coerce(montant))))

    @property
    def montants(self) -> Dict[Montant, Decimal]:
        """Every amount, keyed by :class:`Montant` (ids such as ``"ps"`` work too)."""
        return _Montants({m: self.montant(m) for m in Montant})

    ps = property(lambda self: self.montant(Montant.PS), doc="The Ps (0 if not funded).")
    total = property(lambda self: self.montant(Montant.TOTAL),
                     doc="Droit prévisionnel: Ps + bonuses granted.")

    @property
    def has_bilan(self) -> bool:
        """True if a bilan was recorded: droit réel and régularisation are meaningful."""
        return self._evaluation._h.has_bilan(self._index)

    @property
    def constats(self) -> Tuple[Constat, ...]:
        """The constats of this collectif."""
        ev = self._evaluation
        h = ev._h
        return tuple(Constat._wrap(h.collectif_constat(self._index, j), ev)
                     for j in range(h.num_collectif_constats(self._index)))

    @property
    def trace(self) -> Tuple[Etape, ...]:
        """The explanation trace (empty unless evaluated with ``trace=True``)."""
        ev = self._evaluation
        h = ev._h
        return tuple(Etape._wrap(h.etape(self._index, j), ev) for j in range(h.num_etapes(self._index)))

    def explain(self, lang: Any = Lang.FR) -> str:
        """The trace as text, one step per line."""
        return "\n".join(e.text(lang) for e in self.trace)

    def __repr__(self) -> str:
        return f"<CollectifResult {self.id!r} {self.statut.id} ps={self.ps} total={self.total}>"


class _CollectifResults(Sequence[CollectifResult]):
    __slots__ = ("_evaluation",)

    def __init__(self, evaluation: "Evaluation") -> None:
        self._evaluation = evaluation

    def __len__(self) -> int:
        return self._evaluation._h.num_collectifs()

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return CollectifResult(self._evaluation, self._evaluation._h.find_collectif(key))
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(len(self)))]
        n = len(self)
        i = key + n if key < 0 else key
        if not 0 <= i < n:
            raise IndexError(f"collectif index {key} out of range ({n} collectifs)")
        return CollectifResult(self._evaluation, i)

    def __repr__(self) -> str:
        return repr(list(self))


class Evaluation(_Wrapper):
    """The result of evaluating one dossier (see :meth:`Dossier.evaluate`).

    It copies what it reports: it stays valid after the dossier changes or
    goes away. ::

        ev = dossier.evaluate(trace=True)
        ev.verdict                          # Verdict.PARTIEL
        for k in ev.constats: print(k)      # messages
        ev.collectifs["C1"].ps              # Decimal('2800.70')
        ev.total(Montant.TOTAL)             # summed over the dossier
        print(ev.collectif("C1").explain())
    """

    __slots__ = ()

    @property
    def verdict(self) -> Verdict:
        """The dossier's verdict: ELIGIBLE, INELIGIBLE or PARTIEL."""
        return Verdict(self._h.verdict())

    @property
    def annee_scolaire(self) -> str:
        """School year evaluated."""
        return self._h.annee_scolaire()

    @property
    def dossier_id(self) -> str:
        """Id of the dossier evaluated."""
        return self._h.dossier_id()

    @property
    def provisional(self) -> bool:
        """True if a barème was carried forward: every amount is provisional."""
        return self._h.is_provisional()

    @property
    def has_trace(self) -> bool:
        """True if the trace was recorded."""
        return self._h.has_trace()

    @property
    def regles(self) -> Any:
        """The :class:`Regles` used."""
        from .regles import Regles
        return Regles._wrap(self._h.regles())

    @property
    def bareme(self) -> Any:
        """The :class:`Bareme` used (borrowed)."""
        from .regles import Bareme
        b = self._h.bareme()
        return None if b is None else Bareme._wrap(b, self)

    @property
    def cadre(self) -> Any:
        """The :class:`Cadre` used (borrowed)."""
        from .regles import Cadre
        c = self._h.cadre()
        return None if c is None else Cadre._wrap(c, self)

    @property
    def constats(self) -> Tuple[Constat, ...]:
        """Every constat: dossier-level first, then collectif by collectif."""
        h = self._h
        return tuple(Constat._wrap(h.constat(i), self) for i in range(h.num_constats()))

    @property
    def collectifs(self) -> Sequence[CollectifResult]:
        """Per-collectif results, by index or id."""
        return _CollectifResults(self)

    def collectif(self, key: Any) -> CollectifResult:
        """The results of a collectif by index or id (:class:`NotFound` for an unknown id)."""
        return self.collectifs[key]

    def total(self, montant: Any) -> Decimal:
        """An amount summed over the dossier's collectifs, ``Decimal`` euros."""
        return from_cents(self._h.total(int(Montant.coerce(montant))))

    @property
    def totaux(self) -> Dict[Montant, Decimal]:
        """Every amount summed over the dossier."""
        return {m: self.total(m) for m in Montant}

    def to_json(self, *, pretty: bool = False) -> str:
        """The results as a ``clas-resultat/1`` document."""
        return self._h.to_json(1 if pretty else 0)

    def to_dict(self) -> Dict[str, Any]:
        """The results as a ``clas-resultat/1`` dict."""
        return loads(self.to_json())

    def __iter__(self) -> Iterator[CollectifResult]:
        return iter(self.collectifs)

    def __repr__(self) -> str:
        if self.closed:
            return "<Evaluation closed>"
        return (f"<Evaluation {self.dossier_id!r} {self.annee_scolaire} {self.verdict.id} "
                f"total={self.total(Montant.TOTAL)} constats={len(self.constats)}>")


class _Montants(dict):
    """Amounts keyed by :class:`Montant`, also found by id (``"ps"``) or value."""

    def __getitem__(self, key: Any) -> Decimal:
        return super().__getitem__(Montant.coerce(key))

    def __contains__(self, key: object) -> bool:
        try:
            return super().__contains__(Montant.coerce(key))
        except (TypeError, ValueError):
            return False

    def get(self, key: Any, default: Any = None) -> Any:
        return self[key] if key in self else default


# Reuse of C evaluations. Evaluating into an existing clas_evaluation
# (clas_evaluation_run) saves the allocations of a new one; but an
# Evaluation given to the user never changes afterwards, so a C evaluation
# is reused only once no Python object refers to it any more: not the
# Evaluation that reported it, nor any constat, step, barème or cadre
# borrowed from it (each of those holds the handle, directly or through
# its parent, or its C handle). That is checked with the handle's reference
# count and Evaluation.is_shared() (the C handles), the former compared
# with the count measured on an unshared object by the same code at import
# (so the check does not depend on how this interpreter counts references
# to locals). Under the GIL, list.pop() hands a spare handle to one caller
# only; without a GIL (free-threaded builds) every call allocates.
_spare: List[Any] = []
_new_evaluation = _capi.Evaluation
_run_into = _clas.Evaluation_run
_getrefcount = sys.getrefcount
_new_wrapper = object.__new__


def _pop_spare() -> Tuple[Any, int]:
    h = _spare.pop()
    return h, _getrefcount(h)


_spare.append(object())
_UNSHARED = _pop_spare()[1]
_REUSE = getattr(sys, "_is_gil_enabled", lambda: True)()


def _evaluate(regles: Any, cadre: Any, dossier: Any, flags: int) -> Evaluation:
    """Evaluates into a new :class:`Evaluation`, reusing a spare C evaluation if one is free.

    The arguments are the ``this`` objects of the low-level handles (or None
    for no cadre): SWIG converts those much faster than proxies.
    """
    h = None
    if _spare:
        try:
            h, refs = _pop_spare()
            if refs != _UNSHARED or h.is_shared():
                h = None
        except IndexError:  # taken by another thread in between
            pass
    if h is None:
        h = _new_evaluation()
    _run_into(h.this, regles, cadre, dossier, flags)
    ev = _new_wrapper(Evaluation)
    ev._handle = h
    ev._parent = None
    if _REUSE and not _spare:
        _spare.append(h)
    return ev
