/* SPDX-License-Identifier: Apache-2.0 */
/* The dossier and its porteur: defaults, validation, collectif ids,
 * borrowed pointers, deep copy and structural equality. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static clas_dossier *new_dossier(void)
{
    clas_dossier *d = NULL;
    assert_clas_ok(clas_dossier_new(&d, "2025-2026"));
    assert_non_null(d);
    return d;
}

static void test_new_defaults(void **state)
{
    (void)state;
    clas_dossier *d = new_dossier();
    assert_string_equal(clas_dossier_get_annee_scolaire(d), "2025-2026");
    assert_string_equal(clas_dossier_get_id(d), "");
    assert_string_equal(clas_dossier_get_departement(d), "");
    assert_null(clas_dossier_get_date_depot(d));
    assert_int_equal(clas_dossier_num_collectifs(d), 0);
    assert_null(clas_dossier_get_collectif(d, 0));
    assert_null(clas_dossier_get_collectif_const(d, 0));
    const clas_porteur *p = clas_dossier_get_porteur_const(d);
    assert_non_null(p);
    assert_ptr_equal(p, clas_dossier_get_porteur(d));
    assert_string_equal(clas_porteur_get_id(p), "");
    assert_string_equal(clas_porteur_get_nom(p), "");
    assert_string_equal(clas_porteur_get_commune(p), "");
    assert_int_equal(clas_porteur_get_type(p), CLAS_PORTEUR_AUTRE);
    clas_dossier_free(d);
}

static void test_new_invalid(void **state)
{
    (void)state;
    clas_dossier *d = NULL;
    assert_clas_status(clas_dossier_new(NULL, "2025-2026"), CLAS_EINVAL);
    assert_clas_status(clas_dossier_new(&d, NULL), CLAS_EINVAL);
    assert_clas_status(clas_dossier_new(&d, "2025-2027"), CLAS_EINVAL);
    assert_clas_status(clas_dossier_new(&d, "2025"), CLAS_EINVAL);
    assert_clas_status(clas_dossier_new(&d, ""), CLAS_EINVAL);
    assert_clas_status(clas_dossier_new(&d, "2025-2026x"), CLAS_EINVAL);
    assert_int_equal(clas_error_last_code(), CLAS_EINVAL);
    assert_string_not_equal(clas_error_last_message(), "");
    assert_null(d);
}

static void test_id(void **state)
{
    (void)state;
    clas_dossier *d = new_dossier();
    assert_clas_ok(clas_dossier_set_id(d, "D51-2025-001"));
    assert_string_equal(clas_dossier_get_id(d), "D51-2025-001");

    char id[CLAS_ID_MAX + 2];
    memset(id, 'x', CLAS_ID_MAX);
    id[CLAS_ID_MAX] = '\0';
    assert_clas_ok(clas_dossier_set_id(d, id));
    assert_int_equal(strlen(clas_dossier_get_id(d)), CLAS_ID_MAX);
    assert_clas_ok(clas_dossier_set_id(d, "D1"));
    id[CLAS_ID_MAX] = 'x';
    id[CLAS_ID_MAX + 1] = '\0';
    assert_clas_status(clas_dossier_set_id(d, id), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_id(d, ""), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_id(d, "D\xff"), CLAS_EUTF8);
    assert_clas_status(clas_dossier_set_id(d, NULL), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_id(NULL, "D2"), CLAS_EINVAL);
    assert_string_equal(clas_dossier_get_id(d), "D1");
    clas_dossier_free(d);
}

static void test_departement(void **state)
{
    (void)state;
    clas_dossier *d = new_dossier();
    assert_clas_ok(clas_dossier_set_departement(d, "51"));
    assert_string_equal(clas_dossier_get_departement(d), "51");
    assert_clas_ok(clas_dossier_set_departement(d, "2A"));
    assert_string_equal(clas_dossier_get_departement(d), "2A");
    assert_clas_ok(clas_dossier_set_departement(d, "971"));
    assert_string_equal(clas_dossier_get_departement(d), "971");
    assert_clas_status(clas_dossier_set_departement(d, "5"), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_departement(d, "9710"), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_departement(d, "Marne"), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_departement(d, NULL), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_departement(NULL, "51"), CLAS_EINVAL);
    assert_string_equal(clas_dossier_get_departement(d), "971");
    /* "" is the unset value of the JSON format */
    assert_clas_ok(clas_dossier_set_departement(d, ""));
    assert_string_equal(clas_dossier_get_departement(d), "");
    clas_dossier_free(d);
}

static void test_date_depot(void **state)
{
    (void)state;
    clas_dossier *d = new_dossier();
    assert_clas_ok(clas_dossier_set_date_depot(d, "2025-08-12"));
    assert_string_equal(clas_dossier_get_date_depot(d), "2025-08-12");
    assert_clas_status(clas_dossier_set_date_depot(d, "2025-13-01"), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_date_depot(d, "2025-08"), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_date_depot(d, "12/08/2025"), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_date_depot(NULL, "2025-08-12"), CLAS_EINVAL);
    assert_string_equal(clas_dossier_get_date_depot(d), "2025-08-12");
    assert_string_equal(clas_error_last_location(), "dossier: date_depot");
    assert_clas_ok(clas_dossier_set_date_depot(d, NULL));
    assert_null(clas_dossier_get_date_depot(d));
    clas_dossier_free(d);
}

static void test_porteur(void **state)
{
    (void)state;
    clas_dossier *d = new_dossier();
    clas_porteur *p = clas_dossier_get_porteur(d);
    assert_clas_ok(clas_porteur_set_id(p, "P01"));
    assert_clas_ok(clas_porteur_set_nom(p, "Centre social des Tilleuls"));
    assert_clas_ok(clas_porteur_set_commune(p, "Reims"));
    assert_clas_ok(clas_porteur_set_type(p, CLAS_PORTEUR_CENTRE_SOCIAL));
    assert_string_equal(clas_porteur_get_id(p), "P01");
    assert_string_equal(clas_porteur_get_nom(p), "Centre social des Tilleuls");
    assert_string_equal(clas_porteur_get_commune(p), "Reims");
    assert_int_equal(clas_porteur_get_type(p), CLAS_PORTEUR_CENTRE_SOCIAL);
    assert_clas_ok(clas_porteur_set_type(p, CLAS_PORTEUR_CCAS));
    assert_int_equal(clas_porteur_get_type(p), CLAS_PORTEUR_CCAS);

    /* Refusals keep the previous values. */
    assert_clas_status(clas_porteur_set_type(p, CLAS_PORTEUR_TYPE_COUNT), CLAS_EINVAL);
    assert_clas_status(clas_porteur_set_type(p, (clas_porteur_type)-1), CLAS_EINVAL);
    assert_int_equal(clas_porteur_get_type(p), CLAS_PORTEUR_CCAS);
    assert_clas_status(clas_porteur_set_nom(p, "Centre \xc3\x28"), CLAS_EUTF8);
    assert_string_equal(clas_porteur_get_nom(p), "Centre social des Tilleuls");
    assert_clas_status(clas_porteur_set_commune(p, "\xed\xa0\x80"), CLAS_EUTF8);
    assert_string_equal(clas_porteur_get_commune(p), "Reims");
    assert_clas_status(clas_porteur_set_id(p, "P\xc0\xaf"), CLAS_EUTF8);
    assert_clas_status(clas_porteur_set_id(p, ""), CLAS_EINVAL);
    assert_string_equal(clas_porteur_get_id(p), "P01");

    char *longtext = malloc(CLAS_TEXT_MAX + 2);
    assert_non_null(longtext);
    memset(longtext, 'a', CLAS_TEXT_MAX);
    longtext[CLAS_TEXT_MAX] = '\0';
    assert_clas_ok(clas_porteur_set_nom(p, longtext));
    assert_int_equal(strlen(clas_porteur_get_nom(p)), CLAS_TEXT_MAX);
    longtext[CLAS_TEXT_MAX] = 'a';
    longtext[CLAS_TEXT_MAX + 1] = '\0';
    assert_true(clas_porteur_set_nom(p, longtext) < 0);
    assert_int_equal(strlen(clas_porteur_get_nom(p)), CLAS_TEXT_MAX);
    free(longtext);

    /* "" clears a text. */
    assert_clas_ok(clas_porteur_set_commune(p, ""));
    assert_string_equal(clas_porteur_get_commune(p), "");

    /* UTF-8 text is kept byte for byte. */
    assert_clas_ok(clas_porteur_set_nom(p, "Maison pour tous — Châlons"));
    assert_string_equal(clas_porteur_get_nom(p), "Maison pour tous — Châlons");

    assert_clas_status(clas_porteur_set_id(NULL, "P"), CLAS_EINVAL);
    assert_clas_status(clas_porteur_set_nom(NULL, "P"), CLAS_EINVAL);
    assert_clas_status(clas_porteur_set_commune(NULL, "P"), CLAS_EINVAL);
    assert_clas_status(clas_porteur_set_type(NULL, CLAS_PORTEUR_CCAS), CLAS_EINVAL);
    assert_clas_status(clas_porteur_set_nom(p, NULL), CLAS_EINVAL);
    clas_dossier_free(d);
}

static void test_collectif_ids(void **state)
{
    (void)state;
    clas_dossier *d = new_dossier();
    clas_collectif *c1 = NULL, *c2 = NULL, *found = NULL;
    assert_clas_ok(clas_dossier_add_collectif(&c1, d, "C1"));
    assert_non_null(c1);
    assert_string_equal(clas_collectif_get_id(c1), "C1");
    assert_clas_ok(clas_dossier_add_collectif(NULL, d, "C2"));
    c2 = clas_dossier_get_collectif(d, 1);
    assert_non_null(c2);
    assert_string_equal(clas_collectif_get_id(c2), "C2");

    assert_clas_status(clas_dossier_add_collectif(&found, d, "C1"), CLAS_EEXISTS);
    assert_null(found);
    assert_non_null(strstr(clas_error_last_message(), "C1"));
    assert_clas_status(clas_dossier_add_collectif(NULL, d, ""), CLAS_EINVAL);
    assert_clas_status(clas_dossier_add_collectif(NULL, d, "C\xff"), CLAS_EUTF8);
    assert_clas_status(clas_dossier_add_collectif(NULL, d, NULL), CLAS_EINVAL);
    assert_clas_status(clas_dossier_add_collectif(NULL, NULL, "C3"), CLAS_EINVAL);
    char id[CLAS_ID_MAX + 2];
    memset(id, 'c', CLAS_ID_MAX + 1);
    id[CLAS_ID_MAX + 1] = '\0';
    assert_clas_status(clas_dossier_add_collectif(NULL, d, id), CLAS_EINVAL);
    id[CLAS_ID_MAX] = '\0';
    assert_clas_ok(clas_dossier_add_collectif(NULL, d, id));
    assert_int_equal(clas_dossier_num_collectifs(d), 3);

    assert_clas_ok(clas_dossier_find_collectif(&found, d, "C2"));
    assert_ptr_equal(found, c2);
    assert_clas_ok(clas_dossier_find_collectif(&found, d, id));
    assert_ptr_equal(found, clas_dossier_get_collectif(d, 2));
    assert_clas_status(clas_dossier_find_collectif(&found, d, "C9"), CLAS_ENOTFOUND);
    assert_ptr_equal(found, clas_dossier_get_collectif(d, 2));
    assert_clas_status(clas_dossier_find_collectif(NULL, d, "C1"), CLAS_EINVAL);
    assert_clas_status(clas_dossier_find_collectif(&found, NULL, "C1"), CLAS_EINVAL);
    assert_clas_status(clas_dossier_find_collectif(&found, d, NULL), CLAS_EINVAL);
    assert_null(clas_dossier_get_collectif(d, 3));
    assert_ptr_equal(clas_dossier_get_collectif_const(d, 0), c1);
    clas_dossier_free(d);
}

static void test_borrowed_pointers_stable(void **state)
{
    (void)state;
    clas_dossier *d = new_dossier();
    clas_collectif *first = NULL;
    clas_porteur *p = clas_dossier_get_porteur(d);
    assert_clas_ok(clas_dossier_add_collectif(&first, d, "C0"));
    assert_clas_ok(clas_collectif_set(first, CLAS_CHAMP_NB_ENFANTS, 7));
    clas_collectif *ptrs[200];
    ptrs[0] = first;
    for (int i = 1; i < 200; i++) {
        char id[16];
        snprintf(id, sizeof id, "C%d", i);
        assert_clas_ok(clas_dossier_add_collectif(&ptrs[i], d, id));
    }
    assert_int_equal(clas_dossier_num_collectifs(d), 200);
    for (int i = 0; i < 200; i++)
        assert_ptr_equal(clas_dossier_get_collectif(d, (size_t)i), ptrs[i]);
    assert_string_equal(clas_collectif_get_id(first), "C0");
    assert_int_equal(clas_collectif_get(first, CLAS_CHAMP_NB_ENFANTS), 7);
    assert_ptr_equal(p, clas_dossier_get_porteur(d));
    clas_dossier_free(d);
}

/* A dossier that sets every field group to a non-default value. */
static clas_dossier *full_dossier(void)
{
    clas_dossier *d = testutil_dossier_eligible(1000000);
    clas_porteur *p = clas_dossier_get_porteur(d);
    assert_clas_ok(clas_porteur_set_commune(p, "Reims"));
    clas_collectif *c = clas_dossier_get_collectif(d, 0);
    assert_clas_ok(clas_collectif_set_nom(c, "Primaire — groupe du mardi"));
    assert_clas_ok(clas_collectif_add_action(c, CLAS_ACTION_TERRITOIRE_AUTRE, "Médiathèque"));
    assert_clas_ok(clas_collectif_set_bonus_demande(c, CLAS_BONUS_ENFANTS, 1, "Sorties culturelles"));
    assert_clas_ok(clas_collectif_set_bonus_accorde(c, CLAS_BONUS_ENFANTS, 1));
    assert_clas_ok(clas_collectif_set_decision(c, CLAS_DECISION_AGREE, "Projet solide"));
    assert_clas_ok(clas_collectif_set_acomptes_verses(c, 50000));
    assert_clas_ok(clas_collectif_set_bilan(c, CLAS_BILAN_NB_ENFANTS, 9));
    assert_clas_ok(clas_collectif_set_bilan(c, CLAS_BILAN_DEPENSES_REELLES, 950000));
    testutil_add_collectif_eligible(d, "C2", 800000);
    return d;
}

static void test_copy_equal(void **state)
{
    (void)state;
    clas_dossier *d = full_dossier();
    clas_dossier *copy = NULL;
    assert_clas_ok(clas_dossier_copy(&copy, d));
    assert_non_null(copy);
    assert_ptr_not_equal(copy, d);
    assert_true(clas_dossier_equal(d, copy));
    assert_true(clas_dossier_equal(copy, d));
    assert_true(clas_dossier_equal(d, d));

    /* Deep: the copy owns its own collectifs and texts. */
    assert_ptr_not_equal(clas_dossier_get_collectif(copy, 0), clas_dossier_get_collectif(d, 0));
    assert_ptr_not_equal(clas_porteur_get_nom(clas_dossier_get_porteur(copy)),
                         clas_porteur_get_nom(clas_dossier_get_porteur(d)));
    const clas_collectif *cc = clas_dossier_get_collectif_const(copy, 0);
    assert_string_equal(clas_collectif_get_nom(cc), "Primaire — groupe du mardi");
    assert_int_equal(clas_collectif_num_actions(cc), 6);
    assert_string_equal(clas_collectif_get_action_texte(cc, 5), "Médiathèque");
    assert_int_equal(clas_collectif_num_actions_axe(cc, CLAS_AXE_TERRITOIRE), 2);
    assert_int_equal(clas_collectif_get_bilan(cc, CLAS_BILAN_DEPENSES_REELLES), 950000);
    assert_string_equal(clas_collectif_get_financement_libelle(cc, 0), "Ville");

    /* Freeing the original leaves the copy intact. */
    clas_dossier_free(d);
    assert_string_equal(clas_collectif_get_decision_motif(cc), "Projet solide");
    assert_int_equal(clas_dossier_num_collectifs(copy), 2);

    clas_dossier *empty = new_dossier(), *empty_copy = NULL;
    assert_clas_ok(clas_dossier_copy(&empty_copy, empty));
    assert_true(clas_dossier_equal(empty, empty_copy));
    assert_false(clas_dossier_equal(empty, copy));

    assert_clas_status(clas_dossier_copy(NULL, copy), CLAS_EINVAL);
    assert_clas_status(clas_dossier_copy(&empty_copy, NULL), CLAS_EINVAL);
    assert_false(clas_dossier_equal(NULL, copy));
    assert_false(clas_dossier_equal(copy, NULL));
    assert_true(clas_dossier_equal(NULL, NULL));
    clas_dossier_free(copy);
    clas_dossier_free(empty);
    clas_dossier_free(empty_copy);
}

typedef void (*mutation)(clas_dossier *d);

static clas_collectif *c0(clas_dossier *d) { return clas_dossier_get_collectif(d, 0); }

static void m_id(clas_dossier *d) { assert_clas_ok(clas_dossier_set_id(d, "D2")); }
static void m_dept(clas_dossier *d) { assert_clas_ok(clas_dossier_set_departement(d, "08")); }
static void m_date(clas_dossier *d) { assert_clas_ok(clas_dossier_set_date_depot(d, NULL)); }
static void m_porteur_id(clas_dossier *d) { assert_clas_ok(clas_porteur_set_id(clas_dossier_get_porteur(d), "P2")); }
static void m_porteur_nom(clas_dossier *d) { assert_clas_ok(clas_porteur_set_nom(clas_dossier_get_porteur(d), "Autre")); }
static void m_porteur_type(clas_dossier *d) { assert_clas_ok(clas_porteur_set_type(clas_dossier_get_porteur(d), CLAS_PORTEUR_CCAS)); }
static void m_porteur_commune(clas_dossier *d) { assert_clas_ok(clas_porteur_set_commune(clas_dossier_get_porteur(d), "Épernay")); }
static void m_add_collectif(clas_dossier *d) { assert_clas_ok(clas_dossier_add_collectif(NULL, d, "C3")); }
static void m_nom(clas_dossier *d) { assert_clas_ok(clas_collectif_set_nom(c0(d), "Autre nom")); }
static void m_niveaux(clas_dossier *d) { assert_clas_ok(clas_collectif_add_niveau(c0(d), CLAS_NIVEAU_6E)); }
static void m_champ(clas_dossier *d) { assert_clas_ok(clas_collectif_set(c0(d), CLAS_CHAMP_NB_SEMAINES, 31)); }
static void m_hors_temps(clas_dossier *d) { assert_clas_ok(clas_collectif_set(c0(d), CLAS_CHAMP_HORS_TEMPS_SCOLAIRE, 0)); }
static void m_depenses(clas_dossier *d) { assert_clas_ok(clas_collectif_set_depenses(c0(d), 1000001)); }
static void m_financement(clas_dossier *d) { assert_clas_ok(clas_collectif_add_financement(c0(d), "CAF", 1)); }
static void m_action(clas_dossier *d) { assert_clas_ok(clas_collectif_add_action(c0(d), CLAS_ACTION_ENFANTS_ENTRAIDE, NULL)); }
static void m_action_texte(clas_dossier *d) { assert_clas_ok(clas_collectif_add_action(c0(d), CLAS_ACTION_PARENTS_AUTRE, "x")); }
static void m_bonus_demande(clas_dossier *d) { assert_clas_ok(clas_collectif_set_bonus_demande(c0(d), CLAS_BONUS_PARENTS, 1, NULL)); }
static void m_bonus_projet(clas_dossier *d) { assert_clas_ok(clas_collectif_set_bonus_demande(c0(d), CLAS_BONUS_ENFANTS, 1, "Autre projet")); }
static void m_bonus_accorde(clas_dossier *d) { assert_clas_ok(clas_collectif_set_bonus_accorde(c0(d), CLAS_BONUS_ENFANTS, 0)); }
static void m_decision(clas_dossier *d) { assert_clas_ok(clas_collectif_set_decision(c0(d), CLAS_DECISION_REFUSE, "Projet solide")); }
static void m_motif(clas_dossier *d) { assert_clas_ok(clas_collectif_set_decision(c0(d), CLAS_DECISION_AGREE, NULL)); }
static void m_acomptes(clas_dossier *d) { assert_clas_ok(clas_collectif_set_acomptes_verses(c0(d), 0)); }
static void m_bilan(clas_dossier *d) { assert_clas_ok(clas_collectif_set_bilan(c0(d), CLAS_BILAN_TAUX_PRESENCE, 1)); }
static void m_no_bilan(clas_dossier *d) { clas_collectif_clear_bilan(c0(d)); }
static void m_second_collectif(clas_dossier *d) { assert_clas_ok(clas_collectif_set_depenses(clas_dossier_get_collectif(d, 1), 1)); }

static void m_lien(clas_dossier *d) { assert_clas_ok(clas_dossier_set_lien(d, CLAS_LIEN_REAAP, 1)); }
static void m_bilan_precedent(clas_dossier *d)
{
    assert_clas_ok(clas_dossier_set_bilan_precedent(d, CLAS_BILAN_PRECEDENT_SANS_OBJET));
}

static void test_liens_bilan_precedent(void **state)
{
    (void)state;
    clas_dossier *d = NULL;
    assert_clas_ok(clas_dossier_new(&d, "2025-2026"));
    for (int k = 0; k < CLAS_LIEN_COUNT; k++)
        assert_int_equal(clas_dossier_get_lien(d, (clas_lien)k), 0);
    assert_int_equal(clas_dossier_get_bilan_precedent(d), CLAS_BILAN_PRECEDENT_NON_RENSEIGNE);
    assert_clas_ok(clas_dossier_set_lien(d, CLAS_LIEN_PEDT, 7));
    assert_int_equal(clas_dossier_get_lien(d, CLAS_LIEN_PEDT), 1);
    assert_int_equal(clas_dossier_get_lien(d, CLAS_LIEN_PRE), 0);
    assert_clas_status(clas_dossier_set_lien(d, CLAS_LIEN_COUNT, 1), CLAS_EINVAL);
    assert_clas_status(clas_dossier_set_lien(NULL, CLAS_LIEN_PRE, 1), CLAS_EINVAL);
    assert_clas_ok(clas_dossier_set_lien(d, CLAS_LIEN_PEDT, 0));
    assert_int_equal(clas_dossier_get_lien(d, CLAS_LIEN_PEDT), 0);
    assert_clas_ok(clas_dossier_set_bilan_precedent(d, CLAS_BILAN_PRECEDENT_NON_DEPOSE));
    assert_int_equal(clas_dossier_get_bilan_precedent(d), CLAS_BILAN_PRECEDENT_NON_DEPOSE);
    assert_clas_status(clas_dossier_set_bilan_precedent(d, CLAS_BILAN_PRECEDENT_COUNT), CLAS_EINVAL);
    assert_int_equal(clas_dossier_get_bilan_precedent(d), CLAS_BILAN_PRECEDENT_NON_DEPOSE);
    assert_clas_status(clas_dossier_set_bilan_precedent(NULL, CLAS_BILAN_PRECEDENT_DEPOSE), CLAS_EINVAL);
    assert_int_equal(clas_dossier_get_bilan_precedent(NULL), CLAS_BILAN_PRECEDENT_NON_RENSEIGNE);
    assert_int_equal(clas_dossier_get_lien(NULL, CLAS_LIEN_PRE), 0);
    clas_dossier_free(d);
}

static void test_equal_detects_each_field(void **state)
{
    (void)state;
    static const mutation mutations[] = {
        m_id, m_dept, m_date, m_porteur_id, m_porteur_nom, m_porteur_type, m_porteur_commune,
        m_add_collectif, m_nom, m_niveaux, m_champ, m_hors_temps, m_depenses, m_financement,
        m_action, m_action_texte, m_bonus_demande, m_bonus_projet, m_bonus_accorde, m_decision,
        m_motif, m_acomptes, m_bilan, m_no_bilan, m_second_collectif, m_lien, m_bilan_precedent,
    };
    clas_dossier *d = full_dossier();
    for (size_t i = 0; i < sizeof mutations / sizeof mutations[0]; i++) {
        clas_dossier *copy = NULL;
        assert_clas_ok(clas_dossier_copy(&copy, d));
        assert_true(clas_dossier_equal(d, copy));
        mutations[i](copy);
        if (clas_dossier_equal(d, copy))
            fail_msg("mutation %zu not detected by clas_dossier_equal", i);
        assert_false(clas_dossier_equal(copy, d));
        clas_dossier_free(copy);
    }

    /* A different school year. */
    clas_dossier *a = NULL, *b = NULL;
    assert_clas_ok(clas_dossier_new(&a, "2025-2026"));
    assert_clas_ok(clas_dossier_new(&b, "2026-2027"));
    assert_false(clas_dossier_equal(a, b));
    clas_dossier_free(a);
    clas_dossier_free(b);

    /* Same content built twice is equal; a different amount of a funding line is not. */
    clas_dossier *x = testutil_dossier_eligible(1000000);
    clas_dossier *y = testutil_dossier_eligible(1000000);
    assert_true(clas_dossier_equal(x, y));
    clas_dossier_free(y);
    y = testutil_dossier_eligible(1000000);
    clas_collectif *cx = clas_dossier_get_collectif(x, 0), *cy = clas_dossier_get_collectif(y, 0);
    assert_clas_ok(clas_collectif_add_financement(cx, "CAF", 100));
    assert_clas_ok(clas_collectif_add_financement(cy, "CAF", 200));
    assert_false(clas_dossier_equal(x, y));
    clas_dossier_free(x);
    clas_dossier_free(y);

    clas_dossier_free(d);
}

static void test_null_getters(void **state)
{
    (void)state;
    clas_dossier_free(NULL);
    assert_string_equal(clas_dossier_get_annee_scolaire(NULL), "");
    assert_string_equal(clas_dossier_get_id(NULL), "");
    assert_string_equal(clas_dossier_get_departement(NULL), "");
    assert_null(clas_dossier_get_date_depot(NULL));
    assert_null(clas_dossier_get_porteur(NULL));
    assert_null(clas_dossier_get_porteur_const(NULL));
    assert_int_equal(clas_dossier_num_collectifs(NULL), 0);
    assert_null(clas_dossier_get_collectif(NULL, 0));
    assert_null(clas_dossier_get_collectif_const(NULL, 0));
    assert_string_equal(clas_porteur_get_id(NULL), "");
    assert_string_equal(clas_porteur_get_nom(NULL), "");
    assert_string_equal(clas_porteur_get_commune(NULL), "");
    assert_int_equal(clas_porteur_get_type(NULL), CLAS_PORTEUR_AUTRE);
}

/* Ids are indexed: duplicates are found among many collectifs, in the
 * original and in a copy (whose index is rebuilt). */
static void test_many_collectifs_indexed(void **state)
{
    (void)state;
    clas_dossier *d = NULL, *copy = NULL;
    char id[32];
    assert_clas_ok(clas_dossier_new(&d, "2025-2026"));
    for (int i = 0; i < 20000; i++) {
        snprintf(id, sizeof id, "C%d", i);
        assert_clas_ok(clas_dossier_add_collectif(NULL, d, id));
    }
    assert_clas_status(clas_dossier_add_collectif(NULL, d, "C12345"), CLAS_EEXISTS);
    assert_clas_ok(clas_dossier_copy(&copy, d));
    assert_clas_status(clas_dossier_add_collectif(NULL, copy, "C0"), CLAS_EEXISTS);
    assert_clas_ok(clas_dossier_add_collectif(NULL, copy, "C20000"));
    clas_collectif *c = NULL;
    assert_clas_ok(clas_dossier_find_collectif(&c, copy, "C19999"));
    assert_string_equal(clas_collectif_get_id(c), "C19999");
    assert_clas_ok(clas_dossier_find_collectif(&c, copy, "C20000"));
    assert_clas_status(clas_dossier_find_collectif(&c, d, "C20000"), CLAS_ENOTFOUND);
    clas_dossier_free(copy);
    clas_dossier_free(d);
}

/* CLAS_LIMIT_COLLECTIFS: one more is refused with the limit in words. */
static void test_collectif_limit(void **state)
{
    (void)state;
    if (getenv("CLAS_UNDER_VALGRIND"))
        skip(); /* a million allocations: too slow under valgrind */
    clas_dossier *d = NULL;
    char id[32];
    assert_clas_ok(clas_dossier_new(&d, "2025-2026"));
    for (int i = 0; i < CLAS_LIMIT_COLLECTIFS; i++) {
        snprintf(id, sizeof id, "C%d", i);
        assert_clas_ok(clas_dossier_add_collectif(NULL, d, id));
    }
    assert_clas_status(clas_dossier_add_collectif(NULL, d, "one-more"), CLAS_ELIMIT);
    assert_non_null(strstr(clas_error_last_message(), "at most 1000000 collectifs (CLAS_LIMIT_COLLECTIFS)"));
    assert_int_equal(clas_dossier_num_collectifs(d), CLAS_LIMIT_COLLECTIFS);
    clas_dossier_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_defaults),
        cmocka_unit_test(test_many_collectifs_indexed),
        cmocka_unit_test(test_collectif_limit),
        cmocka_unit_test(test_new_invalid),
        cmocka_unit_test(test_id),
        cmocka_unit_test(test_departement),
        cmocka_unit_test(test_date_depot),
        cmocka_unit_test(test_porteur),
        cmocka_unit_test(test_collectif_ids),
        cmocka_unit_test(test_borrowed_pointers_stable),
        cmocka_unit_test(test_copy_equal),
        cmocka_unit_test(test_equal_detects_each_field),
        cmocka_unit_test(test_liens_bilan_precedent),
        cmocka_unit_test(test_null_getters),
    };
    return cmocka_run_group_tests_name("dossier", tests, NULL, NULL);
}
