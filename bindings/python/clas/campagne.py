# SPDX-License-Identifier: Apache-2.0
"""A department's campaign (many dossiers) and the committee report over it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Dict, Iterator, Mapping, Optional, Sequence

from . import _capi
from ._base import _Wrapper
from ._jsonio import Document, document, loads, path_of
from .dossier import Dossier
from .enums import Statistique, Total, Unite
from .errors import Error
from .evaluation import Evaluation
from .money import from_cents, from_millionths

__all__ = ["Campagne", "Rapport", "Statistiques"]

_MONEY_TOTALS = (Total.PS, Total.BONUS_ENFANTS, Total.BONUS_PARENTS, Total.BONUS_DEMANDES, Total.MONTANT)


class _Dossiers(Sequence[Dossier]):
    __slots__ = ("_campagne",)

    def __init__(self, campagne: "Campagne") -> None:
        self._campagne = campagne

    def __len__(self) -> int:
        return self._campagne._h.num_dossiers()

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(len(self)))]
        n = len(self)
        i = key + n if key < 0 else key
        if not 0 <= i < n:
            raise IndexError(f"dossier index {key} out of range ({n} dossiers)")
        return Dossier._wrap(self._campagne._h.dossier(i), self._campagne)


class Campagne(_Wrapper):
    """A department's campaign for one school year: its dossiers and optional cadre.

    ::

        campagne = Campagne.from_file("examples/campagne-marne-2025-2026.json")
        rapport = campagne.evaluate()
        rapport.total(Total.MONTANT)
    """

    __slots__ = ()

    def __init__(self, departement: str, annee_scolaire: str, *, nom: Optional[str] = None) -> None:
        super().__init__(_capi.Campagne(departement, annee_scolaire))
        if nom is not None:
            self.nom = nom

    @staticmethod
    def from_json(source: Document) -> "Campagne":
        """Parses a ``clas-campagne/1`` document: str, bytes, dict, ``pathlib.Path`` or file."""
        data, origin, path = document(source)
        if path is not None:
            return Campagne._wrap(_capi.Campagne.from_json_file(path))
        return Campagne._wrap(_capi.Campagne.from_json(data, origin))

    @staticmethod
    def from_file(path: Any) -> "Campagne":
        """Reads a ``clas-campagne/1`` file (path or open file)."""
        if hasattr(path, "read"):
            return Campagne.from_json(path)
        return Campagne._wrap(_capi.Campagne.from_json_file(path_of(path)))

    def to_json(self, *, pretty: bool = False) -> str:
        """The campaign as a ``clas-campagne/1`` document."""
        return self._h.to_json(1 if pretty else 0)

    def to_dict(self) -> Dict[str, Any]:
        """The campaign as a dict."""
        return loads(self.to_json())

    @property
    def departement(self) -> str:
        """Department code."""
        return self._h.departement()

    @property
    def annee_scolaire(self) -> str:
        """School year."""
        return self._h.annee_scolaire()

    @property
    def nom(self) -> str:
        """Name of the campaign."""
        return self._h.nom()

    @nom.setter
    def nom(self, value: str) -> None:
        self._h.set_nom(value)

    @property
    def cadre(self) -> Any:
        """The campaign's own :class:`Cadre` (borrowed) or None; assign a cadre (copied) or None."""
        from .regles import Cadre
        c = self._h.cadre()
        return None if c is None else Cadre._wrap(c, self)

    @cadre.setter
    def cadre(self, value: Any) -> None:
        self._h.set_cadre(None if value is None else value._h)

    @property
    def dossiers(self) -> Sequence[Dossier]:
        """The dossiers (borrowed from the campaign)."""
        return _Dossiers(self)

    def add_dossier(self, dossier: Dossier) -> Dossier:
        """Adds a copy of a dossier of the same year; returns the copy held by the campaign."""
        return Dossier._wrap(self._h.add_dossier(dossier._h), self)

    def evaluate(self, regles: Any = None, *, trace: bool = False, carry_forward: bool = False) -> "Rapport":
        """Evaluates every dossier; returns a :class:`Rapport`."""
        from .regles import Regles
        if regles is None:
            regles = Regles.default()
        flags = (_capi.CLAS_EVAL_TRACE if trace else 0) | (_capi.CLAS_CARRY_FORWARD if carry_forward else 0)
        return Rapport._wrap(self._h.rapport(regles._h, flags), self)

    def statistiques(self, regles: Any = None, *, carry_forward: bool = False) -> "Statistiques":
        """Evaluates the campaign and returns the department's :class:`Statistiques`.

        ::

            stats = campagne.statistiques()
            stats[Statistique.TAUX_AGREMENT]     # Decimal("0.848837")
        """
        return self.evaluate(regles, carry_forward=carry_forward).statistiques()

    def __iter__(self) -> Iterator[Dossier]:
        return iter(self.dossiers)

    def __len__(self) -> int:
        return self._h.num_dossiers()

    def __repr__(self) -> str:
        if self.closed:
            return "<Campagne closed>"
        return f"<Campagne {self.departement} {self.annee_scolaire} {self.nom!r} {len(self)} dossiers>"


class Rapport(_Wrapper):
    """The evaluation of every dossier of a campaign, with department totals."""

    __slots__ = ()

    @property
    def campagne(self) -> Campagne:
        """The campaign evaluated."""
        return self._parent

    @property
    def evaluations(self) -> Sequence[Evaluation]:
        """One :class:`Evaluation` per dossier, in the campaign's order (borrowed)."""
        h = self._h
        return tuple(Evaluation._wrap(h.evaluation(i), self) for i in range(h.num_evaluations()))

    def __iter__(self) -> Iterator[Evaluation]:
        return iter(self.evaluations)

    def __len__(self) -> int:
        return self._h.num_evaluations()

    def total(self, total: Any) -> Any:
        """A department total: an ``int`` count, or ``Decimal`` euros for money totals."""
        t = Total.coerce(total)
        raw = self._h.total(int(t))
        return Decimal(_capi.cents_format(raw)) if t in _MONEY_TOTALS else raw

    @property
    def totaux(self) -> Dict[Total, Any]:
        """Every department total."""
        return {t: self.total(t) for t in Total}

    def to_json(self, *, pretty: bool = False) -> str:
        """The report as a ``clas-rapport/1`` document."""
        return self._h.to_json(self.campagne._h, 1 if pretty else 0)

    def statistiques(self) -> "Statistiques":
        """The department's :class:`Statistiques` over this report and its campaign."""
        return Statistiques._wrap(self._h.statistiques(self.campagne._h))

    def to_dict(self) -> Dict[str, Any]:
        """The report as a dict."""
        return loads(self.to_json())

    def __repr__(self) -> str:
        if self.closed:
            return "<Rapport closed>"
        return f"<Rapport {len(self)} dossiers montant={self.total(Total.MONTANT)}>"


class Statistiques(_Wrapper, Mapping[Statistique, Any]):
    """The department's statistics of one campaign, a read-only mapping
    :class:`Statistique` -> value: ``int`` counts, ``Decimal`` euros,
    ``Decimal`` rates. They stay valid after the campaign and report go.

    ::

        now = Campagne.from_file("2025-2026.json").statistiques()
        before = Campagne.from_file("2024-2025.json").statistiques()
        now[Statistique.MONTANT_ACCORDE] - before[Statistique.MONTANT_ACCORDE]
        now.to_json(precedente=before)
    """

    __slots__ = ()

    def __getitem__(self, key: Any) -> Any:
        stat = Statistique.coerce(key)
        raw = self._h.get(int(stat))
        unite = stat.unite
        if unite is Unite.CENTS:
            return from_cents(raw)
        if unite is Unite.TAUX:
            return from_millionths(raw)
        return raw

    def __contains__(self, key: object) -> bool:
        try:
            Statistique.coerce(key)
        except (TypeError, ValueError, Error):
            return False
        return True

    def __iter__(self) -> Iterator[Statistique]:
        return iter(Statistique)

    def __len__(self) -> int:
        return len(Statistique)

    @property
    def departement(self) -> str:
        """Department of the campaign."""
        return self._h.departement()

    @property
    def annee_scolaire(self) -> str:
        """School year of the campaign."""
        return self._h.annee_scolaire()

    def to_json(self, precedente: Optional["Statistiques"] = None, *, pretty: bool = False) -> str:
        """The statistics as a ``clas-statistiques/1`` document, the previous year's beside them."""
        return self._h.to_json(None if precedente is None else precedente._h, 1 if pretty else 0)

    def to_dict(self, precedente: Optional["Statistiques"] = None) -> Dict[str, Any]:
        """Same, as a dict."""
        return loads(self.to_json(precedente))

    def __repr__(self) -> str:
        if self.closed:
            return "<Statistiques closed>"
        return (f"<Statistiques {self.departement} {self.annee_scolaire} "
                f"collectifs={self[Statistique.COLLECTIFS]} accorde={self[Statistique.MONTANT_ACCORDE]}>")
