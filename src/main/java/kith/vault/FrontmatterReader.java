package kith.vault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Parses a frontmatter block into its top-level entries, in file order. */
final class FrontmatterReader {
  static final String BROKEN = "broken YAML frontmatter: ";

  /**
   * One top-level key.
   *
   * @param value the parsed YAML value; for an unreadable key, the raw text
   * @param readable false for a key holding a template placeholder, which is kept as written
   */
  record Entry(String key, Object value, boolean readable) {}

  /**
   * snakeyaml's loader, one per thread: it keeps nothing from one document to the next, and building its settings
   * and constructor again for every note cost ~5 KB a note and ~3 % of parsing the benchmark's notes once compiled.
   * Its messages name no file, as Kith's own name it.
   */
  private static final ThreadLocal<Load> LOADER = ThreadLocal.withInitial(() ->
      new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()));

  private FrontmatterReader() {}

  static List<Entry> read(String path, FrontmatterBlock block) throws NoteParseException {
    List<TopLevelKeys.KeyBlock> keys = TopLevelKeys.find(block.yamlLines());
    // Placeholder lines become blank lines, so YAML line numbers still match the file.
    List<String> yaml = new ArrayList<>(block.yamlLines());
    for (TopLevelKeys.KeyBlock key : keys) {
      if (key.hasPlaceholder()) {
        for (int i = key.firstIndex(); i < key.endIndex(); i++) {
          yaml.set(i, "");
        }
      }
    }
    Map<String, Object> parsed = parse(path, String.join("\n", yaml));
    return inFileOrder(keys, parsed);
  }

  private static Map<String, Object> parse(String path, String yaml) throws NoteParseException {
    Object loaded;
    try {
      loaded = LOADER.get().loadFromString(yaml);
    } catch (MarkedYamlEngineException e) {
      throw new NoteParseException(path, fileLine(e), BROKEN + e.getProblem());
    } catch (YamlEngineException e) {
      throw new NoteParseException(path, FrontmatterBlock.FIRST_YAML_LINE, BROKEN + e.getMessage());
    }
    if (loaded == null) {
      return Map.of();
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new NoteParseException(
          path, FrontmatterBlock.FIRST_YAML_LINE, BROKEN + "expected key: value pairs, found a single value or list");
    }
    Map<String, Object> entries = new LinkedHashMap<>();
    map.forEach((key, value) -> entries.put(String.valueOf(key), value));
    return entries;
  }

  private static int fileLine(MarkedYamlEngineException e) {
    int line = e.getProblemMark().or(e::getContextMark).map(Mark::getLine).orElse(0);
    return line + FrontmatterBlock.FIRST_YAML_LINE;
  }

  /** Parsed keys and placeholder keys merged back into the order the file gives them. */
  private static List<Entry> inFileOrder(List<TopLevelKeys.KeyBlock> keys, Map<String, Object> parsed) {
    Map<String, Object> left = new LinkedHashMap<>(parsed);
    List<Entry> entries = new ArrayList<>();
    for (TopLevelKeys.KeyBlock key : keys) {
      if (key.hasPlaceholder()) {
        entries.add(new Entry(key.key(), key.rawValue(), false));
      } else if (left.containsKey(key.key())) {
        entries.add(new Entry(key.key(), left.remove(key.key()), true));
      }
    }
    // Keys the line scan could not see (flow-style mappings, odd quoting) keep YAML's order after the rest.
    left.forEach((key, value) -> entries.add(new Entry(key, value, true)));
    return entries;
  }
}
