package org.leverage.solve.selection;

import java.util.List;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;

/** One selection criterion. Implementations are stateless. */
public interface Selector {

  /**
   * The equilibria of {@code equilibria} that the criterion selects in {@code game}.
   *
   * @param equilibria exact Nash equilibria of {@code game}, in the order they are shown
   */
  Selection select(NormalFormGame game, List<MixedProfile> equilibria);
}
