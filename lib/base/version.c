/* SPDX-License-Identifier: Apache-2.0 */
/* Runtime version: lets a program check the library it actually loaded. */
#include "clas.h"

const char *clas_version_string(void) { return CLAS_VERSION_STRING; }

int clas_version_number(void) { return CLAS_VERSION_NUMBER; }
