// Mistake: predicts above 0.5 (the sign of z taken the wrong way)
// Prediction: lecture-neuron-side
predict("lecture-neuron-side", "above");
