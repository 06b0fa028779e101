// Mistake: records no prediction
// Prediction: lecture-neuron-side
predict("lecture-neuron-side", "");
