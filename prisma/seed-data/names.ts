// Name parts for generated officials, drawn from across India's regions. Combinations are
// picked at random, so a generated name is not meant to be any real person.
export const FIRST_NAMES = [
  "Aarav", "Aditi", "Aditya", "Akash", "Amit", "Ananya", "Anil", "Anjali", "Arjun", "Arun", "Bhavna", "Deepak",
  "Deepika", "Divya", "Gaurav", "Geeta", "Harish", "Ishita", "Jyoti", "Kavita", "Kiran", "Lakshmi", "Mahesh",
  "Manish", "Meenakshi", "Mohan", "Nandini", "Naveen", "Neelam", "Nikhil", "Pallavi", "Pooja", "Pradeep",
  "Prakash", "Rahul", "Rajesh", "Ramesh", "Ravi", "Rekha", "Ritu", "Sandeep", "Sanjay", "Sarita", "Shalini",
  "Shreya", "Siddharth", "Smita", "Sneha", "Suresh", "Swati", "Tanvi", "Tarun", "Uma", "Varun", "Vidya",
  "Vijay", "Vinod", "Yamini", "Zoya", "Farhan", "Imran", "Ayesha", "Gurpreet", "Harpreet", "Jaspreet",
  "Lalrinmawii", "Tenzing", "Bijoy", "Debashish", "Sourav", "Anirban", "Madhusree", "Kalyani", "Venkatesh",
  "Padma", "Senthil", "Meera", "Joseph", "Anita", "Thomas", "Nisha",
] as const;

export const LAST_NAMES = [
  "Sharma", "Verma", "Gupta", "Singh", "Kumar", "Yadav", "Mishra", "Tiwari", "Pandey", "Chauhan", "Joshi",
  "Bhatt", "Patel", "Shah", "Desai", "Mehta", "Kulkarni", "Deshpande", "Patil", "Jadhav", "Nair", "Menon",
  "Pillai", "Iyer", "Iyengar", "Reddy", "Rao", "Naidu", "Krishnan", "Subramanian", "Banerjee", "Chatterjee",
  "Mukherjee", "Das", "Ghosh", "Bose", "Sen", "Mohanty", "Patnaik", "Barua", "Gogoi", "Saikia", "Khan",
  "Ahmed", "Qureshi", "Siddiqui", "Gill", "Sandhu", "Dhillon", "Bhatia", "Malhotra", "Kapoor", "Chopra",
  "Thakur", "Negi", "Rawat", "Bisht", "D'Souza", "Fernandes", "Kurian", "Thomas", "Lepcha", "Sangma",
] as const;
