/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas.h
 * @brief libclas: the French Clas funding rules (Contrat local
 *        d'accompagnement à la scolarité) as a C library.
 *
 * Include this umbrella header; it pulls in every public header.
 */
#ifndef CLAS_H
#define CLAS_H

#include "clas/common.h"
#include "clas/regles.h"
#include "clas/dossier.h"
#include "clas/codes.h"
#include "clas/evaluation.h"
#include "clas/campagne.h"
#include "clas/json.h"
#include "clas/batch.h"
#include "clas/limits.h"
#include "clas/labels.h"

#endif
