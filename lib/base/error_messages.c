/* SPDX-License-Identifier: Apache-2.0 */
/* The catalogue of error messages: one row per message id, its English and
 * French texts. "{name}" stands for the argument of that name; amounts are
 * written for people in the message's language ("-0,05 €", "-€0.05").
 * The ids are public (doc/errors.md): never rename one. */
#include "base/base.h"

static const clas__msg_def catalogue[] = {
    [CLAS__MSG_ERREUR] = {"erreur", "{detail}", "{detail}"},
    [CLAS__MSG_MEMOIRE] = {"memoire", "out of memory", "mémoire insuffisante"},
    [CLAS__MSG_MONTANT_NEGATIF] = {"montant_negatif", "amount {montant} must not be negative",
                                   "le montant {montant} est négatif : un montant est positif ou nul"},
    [CLAS__MSG_MONTANT_DECIMALES] = {"montant_decimales", "amount \"{texte}\" has more than two decimals",
                                     "le montant « {texte} » a plus de deux décimales"},
    [CLAS__MSG_MONTANT_TROP_GRAND] = {"montant_trop_grand", "amount \"{texte}\" is out of range (at most 1000000000.00)",
                                      "le montant « {texte} » dépasse 1 milliard d'euros"},
    [CLAS__MSG_MONTANT_INVALIDE] = {"montant_invalide", "\"{texte}\" is not an amount (write euros such as \"1500.00\")",
                                    "« {texte} » n'est pas un montant (écrivez des euros, par exemple « 1500.00 »)"},
    [CLAS__MSG_MONTANT_NOMBRE] = {"montant_nombre", "amount must be a string such as \"1500.00\", not a number",
                                  "un montant s'écrit comme un texte, par exemple « 1500.00 », pas comme un nombre"},
    [CLAS__MSG_VALEUR_HORS_BORNES] = {"valeur_hors_bornes", "{champ} = {valeur} is out of range {min}..{max}",
                                      "{champ} = {valeur} est hors des bornes {min} à {max}"},
    [CLAS__MSG_MONTANT_HORS_BORNES] = {"montant_hors_bornes", "{champ} = {montant} is out of range {min}..{max}",
                                       "{champ} = {montant} est hors des bornes {min} à {max}"},
    [CLAS__MSG_BAREME_ABSENT] = {"bareme_absent", "no barème for {annee_scolaire}",
                                 "aucun barème pour l'année scolaire {annee_scolaire}"},
    [CLAS__MSG_ANNEE_INVALIDE] = {"annee_invalide", "school year \"{annee_scolaire}\" is not like \"2025-2026\"",
                                  "l'année scolaire « {annee_scolaire} » ne s'écrit pas comme « 2025-2026 »"},
    [CLAS__MSG_DEPARTEMENT_INVALIDE] = {"departement_invalide",
                                        "department \"{departement}\" is not a code such as \"51\", \"2A\" or \"971\"",
                                        "le département « {departement} » n'est pas un code comme « 51 », « 2A » "
                                        "ou « 971 »"},
    [CLAS__MSG_NOM_INCONNU] = {"nom_inconnu", "unknown {quoi} \"{nom}\"", "{quoi} « {nom} » inconnu"},
    [CLAS__MSG_MEMBRE_MANQUANT] = {"membre_manquant", "missing required member \"{membre}\"",
                                   "le membre obligatoire « {membre} » manque"},
    [CLAS__MSG_MEMBRE_INCONNU] = {"membre_inconnu", "unknown member \"{membre}\" (allowed: {permis})",
                                  "membre « {membre} » inconnu (membres admis : {permis})"},
    [CLAS__MSG_TEXTE_TROP_LONG] = {"texte_trop_long", "text too long ({octets} bytes, at most {max})",
                                   "texte trop long ({octets} octets, au plus {max})"},
    [CLAS__MSG_TEXTE_UTF8] = {"texte_utf8", "invalid UTF-8 text", "texte mal encodé (UTF-8 invalide)"},
    [CLAS__MSG_IDENTIFIANT_VIDE] = {"identifiant_vide", "empty identifier", "identifiant vide"},
    [CLAS__MSG_IDENTIFIANT_TROP_LONG] = {"identifiant_trop_long",
                                         "identifier too long ({octets} bytes, at most {max})",
                                         "identifiant trop long ({octets} octets, au plus {max})"},
    [CLAS__MSG_IDENTIFIANT_CONTROLE] = {"identifiant_controle", "identifier contains a control character",
                                        "l'identifiant contient un caractère de contrôle"},
    [CLAS__MSG_COLLECTIF_EN_DOUBLE] = {"collectif_en_double", "duplicate collectif id \"{id}\"",
                                       "deux collectifs ont l'identifiant « {id} »"},
    [CLAS__MSG_DOSSIER_EN_DOUBLE] = {"dossier_en_double", "duplicate dossier id \"{id}\"",
                                     "deux dossiers ont l'identifiant « {id} »"},
    [CLAS__MSG_FICHIER_ILLISIBLE] = {"fichier_illisible", "cannot read: {detail}",
                                     "fichier illisible : {detail}"},
};
_Static_assert(sizeof catalogue / sizeof catalogue[0] == CLAS__MSG_COUNT, "error messages");

const clas__msg_def *clas__msg_get(clas__msg msg)
{
    return (int)msg >= 0 && msg < CLAS__MSG_COUNT ? &catalogue[msg] : &catalogue[CLAS__MSG_ERREUR];
}
