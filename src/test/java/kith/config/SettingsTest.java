package kith.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void httpListensOnEveryInterfaceUnlessToldOtherwise() {
    assertEquals("0.0.0.0", Settings.from(Map.of()).slack().bindHost());
    assertEquals("127.0.0.1", Settings.from(Map.of("KITH_BIND_HOST", " 127.0.0.1 ")).slack().bindHost());
    assertEquals("::1", Settings.from(Map.of("KITH_BIND_HOST", "::1")).slack().bindHost());
    assertEquals("kith.internal", Settings.from(Map.of("KITH_BIND_HOST", "kith.internal")).slack().bindHost());
  }

  @Test
  void aBindHostThatIsNotAnAddressStopsWithOneLine() {
    SettingsException wrong =
        assertThrows(SettingsException.class, () -> Settings.from(Map.of("KITH_BIND_HOST", "http://0.0.0.0/")));
    assertEquals("KITH_BIND_HOST: \"http://0.0.0.0/\" is not an address or host name (like 0.0.0.0 or 127.0.0.1)",
        wrong.getMessage());
  }
}
