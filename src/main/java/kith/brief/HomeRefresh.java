package kith.brief;

/** Republishes a user's Home tab after something on it changed. */
@FunctionalInterface
public interface HomeRefresh {
  void refresh(String userId);

  HomeRefresh NONE = userId -> {};
}
