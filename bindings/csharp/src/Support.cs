// SPDX-License-Identifier: Apache-2.0
namespace Clas {

/// <summary>Text as it crosses into the library: strict UTF-8. A NUL character would cut
/// the text short and a lone surrogate has no UTF-8 form, so both raise the library's error
/// instead of being truncated or replaced.</summary>
static class ClasUtf8 {
  static readonly global::System.Text.UTF8Encoding Strict = new global::System.Text.UTF8Encoding(false, true);

  public static byte[] Encode(string s, string what) {
    if (s == null)
      return null;
    int n = s.Length, i = 0;
    byte[] ascii = new byte[n + 1];
    for (; i < n; i++) {
      char ch = s[i];
      if (ch == 0 || ch >= 0x80)
        break;
      ascii[i] = (byte)ch;
    }
    if (i == n)
      return ascii;             // the common case, without an encoder
    if (s.IndexOf('\0') >= 0)
      throw ClasException.Own(Status.CLAS_EINVAL, what + ": text contains a NUL character", what);
    byte[] text;
    try {
      text = Strict.GetBytes(s);
    } catch (global::System.ArgumentException) {
      throw ClasException.Own(Status.CLAS_EUTF8, what + ": text is not valid Unicode (lone surrogate)", what);
    }
    byte[] z = new byte[text.Length + 1];
    global::System.Array.Copy(text, z, text.Length);
    return z;
  }

  public static string Decode(global::System.IntPtr p) {
    if (p == global::System.IntPtr.Zero)
      return null;
    int n = 0;
    while (global::System.Runtime.InteropServices.Marshal.ReadByte(p, n) != 0)
      n++;
    byte[] b = new byte[n];
    global::System.Runtime.InteropServices.Marshal.Copy(p, b, 0, n);
    return global::System.Text.Encoding.UTF8.GetString(b);
  }
}

/// <summary>Arrays as the wrapper takes them: the count first, then the values. An output
/// column is copied back into the caller's array after the call.</summary>
static class ClasArrays {
  public static long[] Counted(long[] values) {
    if (values == null)
      throw new global::System.ArgumentNullException("values");
    long[] a = new long[values.Length + 1];
    a[0] = values.Length;
    global::System.Array.Copy(values, 0, a, 1, values.Length);
    return a;
  }

  public static void CopyBack(long[] counted, long[] values) {
    global::System.Array.Copy(counted, 1, values, 0, values.Length);
  }
}

/// <summary>Money is <c>long</c> cents everywhere; these convert to and from exact euros.</summary>
public static class Money {
  /// <summary>280070 -> 2800.70m</summary>
  public static decimal Euros(long cents) { return cents / 100m; }
  /// <summary>2800.70m -> 280070; more than two decimals raises OverflowException.</summary>
  public static long Cents(decimal euros) {
    decimal c = euros * 100m;
    if (c != decimal.Truncate(c))
      throw new global::System.OverflowException("more than two decimals: " + euros);
    return decimal.ToInt64(c);
  }
}

}
