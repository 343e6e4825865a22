package fr.fc.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Flow state as compact bytes for the data grid: the fields one after the other, numbers and lengths
 * in as few bytes as they need, without the class descriptions that Java serialization writes and
 * reads (and resolves through the class loaders) for every object of every entry. Strings and lists
 * may be null; claim values are the JSON kinds (string, number, boolean, object, array, null).
 */
public final class FlowBytes {

  private static final Logger LOG = Logger.getLogger(FlowBytes.class.getName());

  private FlowBytes() {}

  /** A writer whose first number is the version of the entry's format. */
  public static Writer writer(long version) {
    return new Writer().number(version);
  }

  /**
   * A reader past the entry's version; empty when the entry is of another version (written by a node
   * of another release during an upgrade), which then reads as no entry.
   *
   * @param what the entry's kind, for the warning
   */
  public static Optional<Reader> reader(byte[] bytes, long version, String what) {
    Reader in = new Reader(bytes);
    long written = in.number();
    if (written != version) {
      LOG.warning(() -> what + " of format " + written + " is ignored: this node reads format " + version);
      return Optional.empty();
    }
    return Optional.of(in);
  }

  /** Writes the fields of one entry, in the order the reader reads them. */
  public static final class Writer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);

    public Writer string(String value) {
      if (value == null) {
        return number(-1);
      }
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      number(utf8.length);
      bytes.write(utf8, 0, utf8.length);
      return this;
    }

    public Writer strings(List<String> values) {
      number(values == null ? -1 : values.size());
      if (values != null) {
        values.forEach(this::string);
      }
      return this;
    }

    /** A number in as few bytes as it needs: 7 bits a byte, its sign folded into the lowest bit. */
    public Writer number(long value) {
      long folded = (value << 1) ^ (value >> 63);
      while ((folded & ~0x7FL) != 0) {
        bytes.write((int) (folded & 0x7F) | 0x80);
        folded >>>= 7;
      }
      bytes.write((int) folded);
      return this;
    }

    public Writer flag(boolean value) {
      return number(value ? 1 : 0);
    }

    public Writer optionalNumber(Long value) {
      flag(value != null);
      return value == null ? this : number(value);
    }

    public Writer instant(Instant value) {
      flag(value != null);
      return value == null ? this : number(value.getEpochSecond()).number(value.getNano());
    }

    /** A JSON-like value: string, integer, boolean, map with string keys, list, or null. */
    public Writer value(Object value) {
      if (value == null) {
        return number(Kind.NULL.ordinal());
      }
      if (value instanceof String text) {
        return number(Kind.STRING.ordinal()).string(text);
      }
      if (value instanceof Long || value instanceof Integer) {
        return number(value instanceof Long ? Kind.LONG.ordinal() : Kind.INTEGER.ordinal())
            .number(((Number) value).longValue());
      }
      if (value instanceof Double real) {
        return number(Kind.DOUBLE.ordinal()).number(Double.doubleToLongBits(real));
      }
      if (value instanceof Boolean truth) {
        return number(Kind.BOOLEAN.ordinal()).flag(truth);
      }
      if (value instanceof Map<?, ?> map) {
        number(Kind.MAP.ordinal()).number(map.size());
        map.forEach((key, member) -> string((String) key).value(member));
        return this;
      }
      if (value instanceof List<?> list) {
        number(Kind.LIST.ordinal()).number(list.size());
        list.forEach(this::value);
        return this;
      }
      throw new IllegalArgumentException("no flow bytes for a " + value.getClass().getName());
    }

    public byte[] bytes() {
      return bytes.toByteArray();
    }
  }

  /** Reads the fields of one entry in the order they were written. */
  public static final class Reader {
    private final ByteArrayInputStream in;

    public Reader(byte[] bytes) {
      in = new ByteArrayInputStream(bytes);
    }

    public String string() {
      int length = (int) number();
      if (length < 0) {
        return null;
      }
      if (length > in.available()) {
        throw new IllegalStateException("a string longer than its entry");
      }
      byte[] utf8 = new byte[length];
      in.read(utf8, 0, length);
      return new String(utf8, StandardCharsets.UTF_8);
    }

    public List<String> strings() {
      long size = number();
      if (size < 0) {
        return null;
      }
      List<String> values = new ArrayList<>((int) Math.min(size, 16));
      for (long i = 0; i < size; i++) {
        values.add(string());
      }
      return values;
    }

    public long number() {
      long folded = 0;
      for (int shift = 0; shift < Long.SIZE; shift += 7) {
        int next = in.read();
        if (next < 0) {
          throw new IllegalStateException("an entry cut short");
        }
        folded |= (long) (next & 0x7F) << shift;
        if ((next & 0x80) == 0) {
          return (folded >>> 1) ^ -(folded & 1);
        }
      }
      throw new IllegalStateException("a number longer than 64 bits");
    }

    public boolean flag() {
      return number() != 0;
    }

    public Long optionalNumber() {
      return flag() ? number() : null;
    }

    public Instant instant() {
      return flag() ? Instant.ofEpochSecond(number(), number()) : null;
    }

    public Object value() {
      Kind kind = Kind.ALL.get((int) number());
      return switch (kind) {
        case NULL -> null;
        case STRING -> string();
        case LONG -> number();
        case INTEGER -> (int) number();
        case DOUBLE -> Double.longBitsToDouble(number());
        case BOOLEAN -> flag();
        case MAP -> map();
        case LIST -> list();
      };
    }

    private LinkedHashMap<String, Object> map() {
      long size = number();
      LinkedHashMap<String, Object> map = new LinkedHashMap<>();
      for (long i = 0; i < size; i++) {
        map.put(string(), value());
      }
      return map;
    }

    private List<Object> list() {
      long size = number();
      List<Object> list = new ArrayList<>();
      for (long i = 0; i < size; i++) {
        list.add(value());
      }
      return list;
    }
  }

  private enum Kind {
    NULL, STRING, LONG, INTEGER, DOUBLE, BOOLEAN, MAP, LIST;

    static final List<Kind> ALL = List.of(values());
  }
}
