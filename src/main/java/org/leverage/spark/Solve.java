package org.leverage.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.leverage.analysis.sensitivity.Evaluation;
import org.leverage.io.EvaluationFiles;
import org.leverage.model.ParameterKey;
import org.leverage.model.Regime;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The result of one point's solve, as an executor sends it back and as the Parquet files hold it:
 * the point's index in its batch, the values it changed, and either the evaluation or the solver
 * limit it reached. Doubles travel as they are, so {@link #evaluation()} is the executor's
 * evaluation bit for bit.
 *
 * @param index the point's position in the batch, from 0
 * @param point the values the point changes, by parameter key, in key order
 * @param limit the solver limit's message, or null when the point was solved
 * @param outcomes when solved: each regime's US payoff, China payoff and final self-sufficiency
 *     (groups in that order, regimes in the order of {@link Regime}), then the advantage; else null
 * @param preferred when solved: the preferred regime's name, or {@code TIE}; else null
 */
record Solve(
    int index, TreeMap<String, Double> point, String limit, double[] outcomes, String preferred)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** {@code status} of a solved point. */
  static final String SOLVED = "solved";

  /** {@code status} of a point whose solve reached a solver limit. */
  static final String SOLVER_LIMIT = "solver-limit";

  private static final String TIE = "TIE";
  private static final int REGIMES = Regime.values().length;

  /**
   * The columns of the Parquet files: {@code index}, {@code status}, {@code message} (the solver
   * limit's), {@code point} (a map from parameter key to value), then the columns of {@link
   * EvaluationFiles} ({@code us_full_decoupling} ... {@code advantage}, {@code preferred}), null
   * where the solve reached a limit.
   */
  static final StructType SCHEMA = schema();

  static Solve solved(int index, Map<ParameterKey, Double> point, Evaluation e) {
    double[] x = new double[3 * REGIMES + 1];
    int k = 0;
    for (Map<Regime, Double> group : List.of(e.us(), e.china(), e.finalSelfSufficiency())) {
      for (Regime r : Regime.values()) {
        x[k++] = group.get(r);
      }
    }
    x[k] = e.advantage();
    return new Solve(index, keys(point), null, x, e.preferred().map(Regime::name).orElse(TIE));
  }

  static Solve unsolved(int index, Map<ParameterKey, Double> point, String limit) {
    return new Solve(index, keys(point), limit, null, null);
  }

  private static TreeMap<String, Double> keys(Map<ParameterKey, Double> point) {
    TreeMap<String, Double> out = new TreeMap<>();
    point.forEach((k, v) -> out.put(k.key(), v));
    return out;
  }

  boolean isSolved() {
    return limit == null;
  }

  /** The evaluation the executor computed; only for a solved point. */
  Evaluation evaluation() {
    List<Map<Regime, Double>> groups = new ArrayList<>();
    for (int g = 0; g < 3; g++) {
      Map<Regime, Double> group = new EnumMap<>(Regime.class);
      for (Regime r : Regime.values()) {
        group.put(r, outcomes[g * REGIMES + r.ordinal()]);
      }
      groups.add(group);
    }
    Optional<Regime> best =
        preferred.equals(TIE) ? Optional.empty() : Optional.of(Regime.valueOf(preferred));
    return new Evaluation(groups.get(0), groups.get(1), groups.get(2), outcomes[3 * REGIMES], best);
  }

  /** The Parquet row, in the order of {@link #SCHEMA}. */
  Row row() {
    Object[] fields = new Object[SCHEMA.size()];
    fields[0] = index;
    fields[1] = isSolved() ? SOLVED : SOLVER_LIMIT;
    fields[2] = limit;
    fields[3] = CollectionConverters.asScala(point); // Spark's rows take Scala maps
    for (int k = 0; k < 3 * REGIMES + 1; k++) {
      fields[4 + k] = isSolved() ? outcomes[k] : null;
    }
    fields[fields.length - 1] = preferred;
    return RowFactory.create(fields);
  }

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("index", DataTypes.IntegerType, false));
    fields.add(DataTypes.createStructField("status", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("message", DataTypes.StringType, true));
    fields.add(
        DataTypes.createStructField(
            "point", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType), false));
    List<String> columns = EvaluationFiles.columns();
    for (String name : columns.subList(1, columns.size())) {
      DataType type = name.equals("preferred") ? DataTypes.StringType : DataTypes.DoubleType;
      fields.add(DataTypes.createStructField(name, type, true));
    }
    return DataTypes.createStructType(fields);
  }
}
