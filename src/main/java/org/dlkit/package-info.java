/**
 * dlkit, a deep-learning course lab kit: the map of its packages in course order, with the lab
 * each one serves first. Read them in this order; each depends only on the ones above it.
 *
 * <table>
 *   <caption>The packages, in the order the course meets them</caption>
 *   <tr><th>package</th><th>what it holds</th><th>first met in</th></tr>
 *   <tr><td>{@link org.dlkit.nd}</td><td>{@code NdArray}: shapes, broadcasting, elementwise math,
 *       reductions, matmul through BLAS</td><td>lab 1, the perceptron's dot product</td></tr>
 *   <tr><td>{@link org.dlkit.autograd}</td><td>{@code Value}, the scalar engine, then {@code Tensor}
 *       with one class per differentiable op, {@code backward()} and {@code GradCheck}</td>
 *       <td>lab 2, backpropagation</td></tr>
 *   <tr><td>{@link org.dlkit.nn}</td><td>{@code Module}, {@code Dense}, {@code Sequential},
 *       activations, {@code Dropout}, initializers, losses</td><td>lab 1 (layers), lab 2 (losses),
 *       lab 5 (dropout)</td></tr>
 *   <tr><td>{@link org.dlkit.optim}</td><td>SGD with momentum, Adagrad, RMSProp, Adam, AdamW,
 *       learning-rate schedules</td><td>lab 3, optimizers</td></tr>
 *   <tr><td>{@link org.dlkit.train}</td><td>{@code DataLoader} mini-batches, {@code Trainer.fit},
 *       {@code History}, early stopping</td><td>lab 4 (mini-batches), lab 5 (early stopping)</td></tr>
 *   <tr><td>{@link org.dlkit.data}</td><td>{@code Dataset}, synthetic and bundled data, splits,
 *       scalers, Fashion-MNIST</td><td>every lab; lab 6's images</td></tr>
 *   <tr><td>{@link org.dlkit.plot}</td><td>{@code Plots}: one XChart figure per idea a lab shows</td>
 *       <td>every lab</td></tr>
 *   <tr><td>{@link org.dlkit.dl4j}</td><td>the same workloads in Deeplearning4j</td><td>lab 6, and
 *       the benchmarks</td></tr>
 * </table>
 *
 * <p>Around the library, and never reached by it:
 * {@link org.dlkit.notebook} (display in Jupyter, {@code check()}), {@link org.dlkit.kernel} (the
 * JShell Jupyter kernel), {@link org.dlkit.exercise} (exercise cells compiled and tested, shared by
 * {@code check()} and the grader), {@link org.dlkit.grader} (sandboxed grading of a class),
 * {@link org.dlkit.bench} (benchmarks beside PyTorch and DL4J) and {@link org.dlkit.cli} (the
 * {@code dlkit} command).
 */
package org.dlkit;
