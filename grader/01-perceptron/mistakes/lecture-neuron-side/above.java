// Mistake: predicts above 0.5 (the sign of z taken the wrong way)
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: lecture-neuron-side
predict("lecture-neuron-side", "above");
