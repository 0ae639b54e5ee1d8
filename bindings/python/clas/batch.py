# SPDX-License-Identifier: Apache-2.0
"""Batch evaluation of many collectifs from columns (see ``clas/batch.h``).

Columns are objects with the buffer protocol, read in place without
copies: ``array.array``, ``memoryview``, numpy arrays. Amounts are int64
cents (not Decimal: this is the fast path for simulations)::

    import array, clas
    from clas import batch

    out = batch.evaluate(clas.Regles.default(), "2025-2026", "51",
                         depenses=array.array("q", [1000000, 600000]),
                         nb_enfants=array.array("i", [10, 7]),
                         nb_intervenants=array.array("i", [2, 2]),
                         actions=array.array("B", [1] * 8),
                         flags=array.array("H", [batch.AGREE] * 2))
    list(out["ps"])      # [280070, 0]

Input columns: ``depenses`` (int64), ``autres_financements`` (int64),
``nb_enfants`` (int32), ``nb_intervenants`` (int32), ``niveaux`` (uint32
mask), ``actions`` (uint8, n x 4) or ``actions_enfants``,
``actions_parents``, ``actions_ecole``, ``actions_territoire`` (uint8),
``hors_temps`` (uint8), ``flags`` (uint16, the constants below),
``seances_par_semaine`` (uint8), ``minutes_par_seance`` (uint16),
``nb_semaines`` (uint8) (R-FREQUENCE; a column left out is the cadre's
minimum). Output
columns: ``verdict`` (uint8, :class:`clas.Verdict`), ``code`` (int32,
:class:`clas.Code` or ``NO_CODE``), ``ps``, ``bonus``, ``total`` (int64
cents). Outputs are numpy arrays when ``depenses`` is one, else
``array.array``.

One collectif in one call, without columns: :func:`evaluate_one` takes a
row of input values in :data:`ROW` order, or the same names as keywords,
and returns ``[verdict, code, ps, bonus, total]``::

    batch.evaluate_one(clas.Regles.default(), "2025-2026", "51",
                       depenses=1000000, nb_enfants=10, nb_intervenants=2,
                       actions_enfants=1, actions_parents=1, actions_ecole=1,
                       actions_territoire=1, flags=batch.AGREE)
    # [@VERDICT@, -1, 280070, 0, 280070]
"""

from __future__ import annotations

import array
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from . import _capi
from .enums import Niveau

BONUS_ENFANTS_DEMANDE: int = _capi.BATCH_BONUS_ENFANTS_DEMANDE
BONUS_ENFANTS_ACCORDE: int = _capi.BATCH_BONUS_ENFANTS_ACCORDE
BONUS_PARENTS_DEMANDE: int = _capi.BATCH_BONUS_PARENTS_DEMANDE
BONUS_PARENTS_ACCORDE: int = _capi.BATCH_BONUS_PARENTS_ACCORDE
AGREE: int = _capi.BATCH_AGREE
REFUSE: int = _capi.BATCH_REFUSE
FINANCEMENTS_DECLARES: int = _capi.BATCH_FINANCEMENTS_DECLARES
BONUS_ENFANTS_SANS_PROJET: int = _capi.BATCH_BONUS_ENFANTS_SANS_PROJET
BONUS_PARENTS_SANS_PROJET: int = _capi.BATCH_BONUS_PARENTS_SANS_PROJET
AIDE_DEVOIRS_SEULE: int = _capi.BATCH_AIDE_DEVOIRS_SEULE
#: ``code`` of a collectif without a blocking constat.
NO_CODE: int = _capi.BATCH_NO_CODE

_INPUTS = ("depenses", "autres_financements", "nb_enfants", "nb_intervenants", "niveaux", "actions",
           "actions_enfants", "actions_parents", "actions_ecole", "actions_territoire", "hors_temps", "flags",
           "seances_par_semaine", "minutes_par_seance", "nb_semaines")
# name: (array.array typecode, numpy dtype)
_OUTPUTS = {"verdict": ("B", "uint8"), "code": ("i", "int32"), "ps": ("q", "int64"),
            "bonus": ("q", "int64"), "total": ("q", "int64")}


def _handle(obj: Any) -> Any:
    """The SWIG object behind a clas wrapper (or the object itself)."""
    return getattr(obj, "_h", obj)


def _length(column: Any) -> int:
    with memoryview(column) as m:
        return m.nbytes // m.itemsize


def _zeros(like: Any, typecode: str, dtype: str, n: int) -> Any:
    if type(like).__module__ == "numpy":
        import numpy
        return numpy.zeros(n, dtype=dtype)
    col = array.array(typecode)
    col.frombytes(bytes(n * col.itemsize))
    return col


def evaluate(regles: Any, annee_scolaire: str = "2025-2026", departement: Optional[str] = None, *,
             cadre: Any = None, outputs: Iterable[str] = tuple(_OUTPUTS), **columns: Any) -> Dict[str, Any]:
    """Evaluates columns of collectifs; returns a dict of the requested output columns.

    ``cadre`` (a :class:`clas.Cadre`) replaces the rule set's cadre for
    ``departement``. Raises :class:`clas.InvalidArgument` for a missing or
    mistyped column, :class:`clas.RangeError` naming the first bad element.
    The GIL is released while the columns are evaluated.
    """
    unknown = set(columns) - set(_INPUTS)
    if unknown:
        raise TypeError("unknown column(s): " + ", ".join(sorted(unknown)))
    if "depenses" not in columns:
        raise TypeError("the depenses column is required")
    n = _length(columns["depenses"])
    out = {}
    for name in outputs:
        if name not in _OUTPUTS:
            raise TypeError("unknown output column: " + name)
        out[name] = _zeros(columns["depenses"], *_OUTPUTS[name], n)
    _capi.batch_evaluate(_handle(regles), annee_scolaire, departement,
                         None if cadre is None else _handle(cadre), columns, out)
    return out


#: The input columns in the order of a row of :func:`evaluate_one` (the
#: order of ``clas.BatchColumn``).
ROW: Tuple[str, ...] = tuple(
    name[len("CLAS_BATCH_COL_"):].lower()
    for name, _ in sorted(((n, getattr(_capi, n)) for n in dir(_capi) if n.startswith("CLAS_BATCH_COL_")),
                          key=lambda item: item[1])
    if getattr(_capi, name) < _capi.BATCH_ROW_INPUTS)
_ROW_INDEX = {name: i for i, name in enumerate(ROW)}
# What an unset optional column means (clas/batch.h), for the gaps of a
# keyword row; the other columns default to 0.
_ROW_DEFAULTS = {"niveaux": sum(1 << n for n in range(int(Niveau.CP), int(Niveau.TERMINALE) + 1)), "hors_temps": 1}
_ROW_FILL = tuple((name, _ROW_DEFAULTS.get(name, 0)) for name in ROW)
_evaluate_one = _capi.Batch.evaluate_one


def evaluate_one(regles: Any, annee_scolaire: str = "2025-2026", departement: Optional[str] = None,
                 row: Optional[Sequence[int]] = None, **values: int) -> List[int]:
    """Evaluates one collectif in one call; returns ``[verdict, code, ps, bonus, total]``.

    ``row`` holds int values in :data:`ROW` order (trailing ones may be left
    out: those columns are unset, as in a fresh batch); or give the values
    as keywords named after :data:`ROW` instead. Results are those of
    :func:`evaluate` on a batch of one. Raises :class:`clas.RangeError` for
    a value out of its column's range, :class:`clas.InvalidArgument` for
    too many values.
    """
    if values:
        if row is not None:
            raise TypeError("give a row or keyword values, not both")
        try:
            last = max(map(_ROW_INDEX.__getitem__, values))
        except KeyError as e:
            raise TypeError(f"unknown column: {e.args[0]}") from None
        row = [values.get(name, default) for name, default in _ROW_FILL[:last + 1]]
    return _evaluate_one(_handle(regles), annee_scolaire, departement, () if row is None else row)


def ps(bareme: Any, depenses: Any) -> Any:
    """R-PS alone over an int64 column of expenses in cents; returns the Ps column."""
    out = _zeros(depenses, "q", "int64", _length(depenses))
    _capi.batch_ps(_handle(bareme), depenses, out)
    return out


__all__ = ["AGREE", "AIDE_DEVOIRS_SEULE", "BONUS_ENFANTS_ACCORDE", "BONUS_ENFANTS_DEMANDE",
           "BONUS_ENFANTS_SANS_PROJET", "BONUS_PARENTS_ACCORDE", "BONUS_PARENTS_DEMANDE",
           "BONUS_PARENTS_SANS_PROJET", "FINANCEMENTS_DECLARES", "NO_CODE", "REFUSE", "ROW", "evaluate",
           "evaluate_one", "ps"]
