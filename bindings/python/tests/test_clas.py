# SPDX-License-Identifier: Apache-2.0
import clas
print(clas.__version__)
