// Mistake: expects the gradient reaching the first weight to be larger
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: smaller-gradient
predict("smaller-gradient", "w1");
