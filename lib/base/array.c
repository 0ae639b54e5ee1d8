/* SPDX-License-Identifier: Apache-2.0 */
/* Growable arrays. */
#include "base/base.h"

#include <stdint.h>
#include <stdlib.h>

int clas__grow(void **items, size_t *cap, size_t count, size_t elem_size)
{
    if (!items || !cap || elem_size == 0)
        return clas__failm(CLAS_EINVAL, NULL, CLAS__MSG_ARGUMENT_INVALIDE, CLAS__TEXT("fonction", __func__));
    if (count < *cap)
        return CLAS_OK;
    size_t new_cap = *cap ? *cap * 2 : 4;
    if (new_cap < *cap || new_cap > SIZE_MAX / elem_size)
        return clas__fail_nomem(NULL);
    void *p = realloc(*items, new_cap * elem_size);
    if (!p)
        return clas__fail_nomem(NULL);
    *items = p;
    *cap = new_cap;
    return CLAS_OK;
}
