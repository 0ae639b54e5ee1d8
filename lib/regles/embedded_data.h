/* SPDX-License-Identifier: Apache-2.0 */
/* The rule data files of data/, compiled in (see embed_data.py). */
#ifndef CLAS_LIB_EMBEDDED_DATA_H
#define CLAS_LIB_EMBEDDED_DATA_H
#include <stddef.h>
extern const char clas__embedded_baremes[];
extern const size_t clas__embedded_baremes_len;
extern const char clas__embedded_baremes_origin[];
extern const char clas__embedded_cadres[];
extern const size_t clas__embedded_cadres_len;
extern const char clas__embedded_cadres_origin[];
#endif
