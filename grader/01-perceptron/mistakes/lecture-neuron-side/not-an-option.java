// Mistake: answers with a number, not one of the options
// Prediction: lecture-neuron-side
predict("lecture-neuron-side", 0.0025);
