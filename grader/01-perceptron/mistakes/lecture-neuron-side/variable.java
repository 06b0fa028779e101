// Mistake: passes a variable, which the grader cannot read without running the notebook
// Prediction: lecture-neuron-side
String side = "below";
predict("lecture-neuron-side", side);
