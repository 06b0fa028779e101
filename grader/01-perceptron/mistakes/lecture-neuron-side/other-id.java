// Mistake: records the answer under another prediction's id
// Prediction: lecture-neuron-side
predict("linear-circles", "below");
