"""Real-world phrasings the required-element checks must recognise, and look-alikes they must not.

These guard against false negatives as hard as the corpus guards against false positives.
"""

APOLOGY = (
    "I can't apologise enough for missing our interview.",
    "I sincerely apologise for missing our interview.",
    "Please accept my deepest apologies.",
    "I'm terribly sorry about this morning.",
    "I want to apologize for not showing up.",
    "I am writing to apologise for missing our meeting.",
    "Sorry again for the trouble I caused.",
    "I must apologise for my absence today.",
    "I deeply regret not attending our interview.",
    "Forgive me for missing our call.",
    "Apologies for not joining the call.",
    "My sincere apologies for today.",
    "I feel terrible about missing our interview and I apologize.",
    "I'm so so sorry I missed it.",
    "I am really sorry for having missed the interview.",
    "I apologise unreservedly for missing our call.",
    "I would like to offer my sincere apologies.",
    "Please accept this note as my formal apology.",
    "I'm sorry that I wasted your time.",
    "I am sorry for not being there.",
    "I want to say sorry for missing our interview.",
    "I was very sorry to miss our conversation.",
    "Let me start by apologizing for missing our call.",
    "I'm writing to say how sorry I am.",
    "I regret that I missed our appointment.",
    "Please excuse my absence from the interview.",
    "I can only apologise for missing it.",
    "Sorry, I got the time wrong.",
    "I am very sorry for miss the interview.",
    "I owe you an apology.",
    "I apologise profusely.",
    "I feel awful and I'm sorry.",
    "I am truly sorry.",
    "Please forgive the missed call.",
    "Sincere apologies for this morning.",
    "I'd like to apologise for not attending.",
    "Apologies once again.",
    "So very sorry about today.",
    "I want to express my regret for missing the interview.",
    "Sorry for standing you up.",
    "Many apologies for the missed interview.",
    "A thousand apologies.",
    "Kindly excuse me for not attending.",
    "Sorry sorry sorry.",
    "I am extremely apologetic.",
    "I wish to apologise.",
    "I humbly apologise for my absence.",
    "Sincere apologies for the no-show.",
    "I regret my absence deeply.",
    "I can only say sorry.",
    "Please pardon my absence yesterday.",
    "Forgive the late reply and the missed call.",
    "My apologies once more.",
    "So so sorry about this.",
    "Truly, I am sorry.",
    "I'm gutted and sorry.",
)
NOT_APOLOGY = (
    "Sorry for the confusion in any case.",
    "I'm sorry you feel that way.",
    "Sorry to bother you, but can we reschedule?",
    "I'm not sorry.",
    "My bad.",
    "Sorry, but the recruiter never sent the link.",
    "I apologize if anyone was inconvenienced.",
    "There is no need to apologize.",
    "I'm sorry to hear the role has been filled.",
    "Sorry to chase you.",
    "I'm not going to apologise for the train.",
    "Apologies if this lands in your spam folder.",
    "I am sorry you feel that way.",
    "The recruiter apologised for the confusion.",
)
OWNERSHIP = (
    "That was my mistake.",
    "The fault is entirely mine.",
    "I have no excuse.",
    "I dropped the ball.",
    "I take full ownership of this.",
    "I should have checked the time.",
    "I mixed up the date.",
    "I messed up the time zone.",
    "This is entirely on me.",
    "I accept full responsibility.",
    "I am fully accountable for this.",
    "I got the date wrong.",
    "I made an error with my calendar.",
    "There is no excuse for it.",
    "I failed to confirm the time.",
    "I misread the invitation.",
    "It was a careless error on my part.",
    "I let you down.",
    "I only have myself to blame.",
    "I completely lost track of time.",
    "I neglected to double-check my diary.",
    "I wrote the wrong time in my agenda.",
    "It was my responsibility to be there.",
    "I take the blame for this.",
    "This was a lapse on my part.",
    "I was careless with the scheduling.",
    "I own this mistake.",
    "I did not plan my morning properly.",
    "I confused the hours.",
    "It is my fault.",
    "The responsibility was mine.",
    "I didn't check the invite carefully.",
    "I have no one to blame but myself.",
    "I made a mistake with the time.",
    "That was a failure on my part.",
    "I have nobody to blame but myself.",
    "The responsibility is entirely mine.",
    "It was careless of me and I own it.",
    "I got the time zones wrong.",
    "I made an error with the date.",
    "I wasn't organised enough.",
    "It was my oversight.",
    "I misjudged how long the journey would take.",
    "I should have set a reminder.",
    "I accept that this was my fault.",
    "This is on me, not on anyone else.",
    "I wrote the wrong date in my diary.",
    "I let you and the team down.",
    "There's no one to blame but me.",
    "I take full accountability for this.",
    "I didn't double-check the invite.",
    "My mistake entirely.",
    "I confused our interview with another appointment.",
    "I didn't plan my morning properly.",
    "I failed to check the time zone.",
    "I dropped the ball here.",
    "It was my own carelessness.",
    "I put the wrong time in my calendar.",
    "I simply wasn't organised enough, and that's down to me.",
    "I got my days in a muddle - entirely my own doing.",
    "I put it in the diary for the wrong week; I hold my hands up.",
    "The error was mine from start to finish.",
    "I failed to check the time zone, and I accept that.",
    "I'd written 10:00 instead of 9:00, which is on me.",
    "I should have confirmed the details the day before, and I didn't.",
    "My own poor organisation caused this.",
    "I'm the only one at fault here.",
    "I messed up the time, plain and simple.",
    "This one is entirely on my shoulders.",
    "I take the blame for this completely.",
    "It was a lapse on my part.",
    "I can only put it down to my own carelessness.",
    "I take the responsibility for this entirely.",
    "The blame is mine and mine alone.",
    "I got it badly wrong.",
    "I misjudged the timing completely.",
    "I should never have let it happen.",
    "I failed you there, and I know it.",
    "I wasn't careful enough with the invite.",
    "It's a mistake I made, not one anyone else made.",
    "I dropped a clanger with the dates.",
    "I have only myself to answer for this.",
    "I take full ownership of the mix-up.",
    "That was sloppy of me.",
    "I made a hash of my diary this week.",
    "I mixed the dates up.",
    "I'm at fault entirely.",
)
NOT_OWNERSHIP = (
    "It was not my fault.",
    "Something came up.",
    "I had no choice.",
    "It was out of my control.",
    "Things happen.",
    "It wasn't my fault.",
    "The mistake was the recruiter's.",
    "I should have been told about the change.",
    "I do not think I should have to apologise.",
    "My colleague made an error with the calendar.",
    "I could have joined if the link had worked.",
    "I don't believe it was my fault.",
    "The mix-up wasn't on my side.",
    "Nobody could have known.",
    "I should have been told earlier.",
    "I did everything right.",
)
RESCHEDULE = (
    "Would you be open to another slot?",
    "Could we find a new time?",
    "I would welcome the chance to reschedule.",
    "Let me know if you still want to talk.",
    "Is there any possibility of meeting again?",
    "I hope we can arrange another interview.",
    "I'd be grateful for a second chance.",
    "Please let me know when suits you.",
    "Could we try again next week?",
    "Would next week work for you?",
    "I am happy to meet at your convenience.",
    "I'd love to rebook our conversation.",
    "Could we set up another call?",
    "If possible, I would like to rearrange.",
    "Are you available later this week?",
    "I'll make myself available whenever you can.",
    "Please let me know if there is another time that works.",
    "I hope you will consider meeting with me again.",
    "Could we move the interview to another day?",
    "If you are willing to give me another opportunity, I would be grateful.",
    "I'd appreciate the chance to speak again.",
    "Please suggest a time that works for you.",
    "Any time you choose is fine with me.",
    "I hope we might still be able to speak.",
    "Would it be possible to meet again?",
    "I'd be glad to talk whenever convenient.",
    "Would you have any availability later this week?",
    "Is there any flexibility to meet on another day?",
    "I'd be grateful if we could rebook.",
    "Could we pick this up again next week?",
    "Please let me know if a new slot could be arranged.",
    "I am available all of next week.",
    "If convenient, I could come in tomorrow morning.",
    "I would welcome the chance to meet again.",
    "Might it be possible to find a new time?",
    "I'll keep my diary open for whatever you suggest.",
    "Happy to jump on a call whenever you're free.",
    "Could we give it another go on Thursday?",
    "I would appreciate the opportunity to interview at a later date.",
    "Do you have any openings in your calendar next week?",
    "I can be free at short notice.",
    "Would a call later today or tomorrow suit?",
    "Could we perhaps rearrange for early next week?",
    "I would love to get something back in the diary.",
    "Let me know what works on your side.",
    "If you are still willing to speak with me, I am at your disposal.",
    "I remain available at your convenience.",
    "Could I ask for a second interview slot?",
    "I'm free any time Monday to Wednesday.",
    "Is a new date possible?",
    "Perhaps we could try once more next week.",
    "I'd be happy to come in whenever it suits the panel.",
    "Would it be okay to set up a new meeting?",
    "I hope we can still meet.",
    "I would be glad to have the conversation at another time.",
    "Please tell me when would be good for you.",
    "Might we find a new slot?",
    "Is there any way we could reconvene?",
    "Happy to reconnect at your convenience.",
    "I'd welcome another opportunity to interview.",
    "Could I have the chance to interview again?",
    "Let's find a time that works.",
    "Can we set something up for next week?",
    "Please share a couple of times that suit you.",
    "I'm free to talk any day this week.",
    "Would a quick call tomorrow be possible?",
    "Any chance we could reschedule?",
    "I'm at your disposal for a new date.",
    "Could we pencil in another chat?",
    "If it suits, we could try Monday instead.",
    "Is rescheduling an option?",
    "If the panel can fit me in again, I'll be there.",
    "Please point me to any gap in your calendar.",
    "Might the team spare thirty minutes later this week?",
    "I'll keep next week clear for you.",
    "Do say if a new interview date can be found.",
    "I'd be grateful for the chance to sit the interview at a later date.",
    "Could the interview be moved to next week?",
    "If you can find a moment next week, I will be there.",
    "Would the panel consider seeing me on another day?",
    "I am hoping we might still speak this week.",
    "Any opening in the coming days would be wonderful.",
    "I'd welcome a rescheduled call at a time that suits.",
    "Happy to come in at short notice if a slot frees up.",
    "Perhaps we could speak on Monday instead?",
    "Let me know if there's still a chance to talk.",
)
NOT_RESCHEDULE = (
    "I am sorry I missed our interview.",
    "I rebooked my flight for Tuesday.",
    "Thank you for your time.",
    "I was available all day yesterday.",
    "The interview was scheduled for Monday at 10am.",
    "I had planned to call you at 9.",
    "I could not make the interview this morning.",
    "Next time I will set two alarms.",
    "I rescheduled my dentist appointment to be there.",
    "Your email came in at 3pm.",
    "I will not waste your time again.",
    "I was free until noon, then my train was cancelled.",
    "I understand if you would rather not meet again.",
    "I have moved my other commitments for today.",
    "The interview was at 10am on Monday.",
    "I will make sure this never happens again.",
    "I checked the time on the invite twice.",
    "I had planned to arrive early.",
)
ENTHUSIASM = (
    "I remain very interested in the role.",
    "I'm still excited about joining your team.",
    "I am eager to learn more about the position.",
    "I am passionate about the mission of your company.",
    "I'm keen to continue our conversation.",
    "I would love to be part of your team.",
    "I remain enthusiastic about the opportunity.",
    "The position really appeals to me.",
    "I'm genuinely excited by what your team is building.",
    "I believe I could contribute a great deal to the team.",
    "I very much want this job.",
    "I am still very motivated to join.",
    "My interest in the role is as strong as ever.",
    "I am truly committed to this opportunity.",
    "I'm still very much interested in the position.",
    "I'd welcome the opportunity to contribute to your company.",
    "This opportunity means a lot to me.",
    "I really admire the work your team does.",
    "The role is a perfect match for my experience.",
    "I'm genuinely enthusiastic about what your team is building.",
    "I was really looking forward to our conversation.",
    "Joining Acme would mean a lot to me.",
    "I have followed your company's work for years.",
    "This position is exactly what I've been looking for.",
    "I'd be proud to work for Acme.",
    "I remain committed to this opportunity.",
    "The product you're building excites me.",
    "I'm eager to show you what I can bring.",
    "I very much want to be part of your team.",
    "My interest in the position has not changed.",
    "I'm still hugely keen.",
    "I would relish the chance to join the team.",
    "I'm passionate about the work you do.",
    "Working at Acme has been a goal of mine for a long time.",
    "I still believe I'd be a strong addition to the team.",
    "The opportunity remains very important to me.",
    "I can't wait to learn more about the role.",
    "I hope to still be considered for the role.",
    "I remain very much interested.",
    "I would love the chance to contribute to your mission.",
    "The role really appeals to me.",
    "I'm very excited by the prospect of joining you.",
    "I am still very motivated to join your company.",
    "I'm genuinely enthused by the role.",
    "The role is a great match for my skills.",
    "I'd love to be part of the team.",
    "Your mission resonates with me.",
    "I am eager to join.",
    "I remain committed to joining your company.",
    "This is my dream job.",
    "I really want this role.",
    "I'm very keen to progress.",
    "I'd be honoured to join the team.",
    "Your team's work excites me.",
    "I'm still hugely enthusiastic.",
    "I'd relish the opportunity to work with you.",
    "I care a lot about what you are building.",
    "The opportunity still excites me greatly.",
    "The mission of your company genuinely fascinates me.",
    "I find the role hugely appealing.",
    "Your team's approach to design really impressed me.",
    "Working on your product would be a dream.",
    "I've loved everything I've learned about the team so far.",
    "The position is exactly the challenge I've been hoping for.",
    "Joining the lab remains my priority.",
    "I came away from our first chat inspired by the team.",
    "The role ticks every box for me.",
    "I'm enthusiastic as ever about the position.",
    "Your company's values align closely with mine.",
    "I'd be thrilled to be part of the department.",
    "I'm passionate about the work your team does.",
    "I keep thinking about the role and how much I'd enjoy it.",
)
NOT_ENTHUSIASM = (
    "I'm looking forward to hearing from you.",
    "Could we reschedule?",
    "Let me know a time.",
    "I am no longer interested.",
    "I have lost interest in the role.",
    "The recruiter was keen to fill the role quickly.",
    "You seemed interested in my portfolio.",
    "I'm no longer sure the role is right for me.",
    "I am interested to know why nobody called.",
    "Are you still interested in meeting?",
    "I hope the team is well.",
    "The team must have been frustrated by my absence.",
    "I know the team was keen to get the process moving.",
    "I'm not that excited about commuting, but the role is fine.",
    "Your team was impressively patient with me.",
    "I apologise to the whole team.",
    "The role requires punctuality, which I failed to show.",
    "Were you interested in seeing my portfolio?",
)
# Causes put on someone or something else, each after an apology; and causes that are owned.
BLAME = (
    "Sorry I missed our call. My department head called an emergency meeting and I couldn't leave.",
    "Sorry I missed the interview. My roommate borrowed my car without asking.",
    "Sorry I missed it. The weather was awful and the trains were cancelled.",
    "Sorry I missed it. My laptop crashed right before the call.",
    "Sorry I missed it. The babysitter never showed up.",
    "Sorry I missed it. The hotel wifi kept dropping, so I couldn't connect.",
    "Sorry I missed it. My landlord turned the electricity off for repairs.",
    "Sorry I missed it. The dog sitter cancelled on me this morning.",
    "Sorry I missed it. My boss wouldn't let me leave early.",
    "Sorry I missed it. The recruiter gave me the wrong address.",
    "Sorry I missed it. My ex took the car keys.",
    "Sorry I missed it. Heavy snow closed the roads near my house.",
    "Sorry I missed it. A lorry overturned on the M25 and everything stopped.",
    "Sorry I missed it. The power went out in my building.",
    "Sorry I missed it. My flatmate locked me out.",
    "Sorry I missed it. My phone updated overnight and reset my alarms.",
    "Sorry I missed it. My flight was cancelled and the airline couldn't rebook me.",
    "Sorry I missed it. The receptionist told me you had already left.",
    "Sorry I missed it. My neighbour's dog got out and I had to chase it for an hour.",
)
NOT_BLAME = (
    "Sorry I missed it. I misread the time, which is my fault.",
    "Sorry I missed it. My train was cancelled, but I should have left earlier.",
    "Sorry I missed it. My mother was rushed to hospital and my phone died.",
    "Sorry I missed it. I forgot, and that's on me.",
    "Sorry I missed it. My father had a heart attack in the night and I was at the hospital; my"
    " phone was off.",
    "Sorry I missed it. My wife went into labour early this morning.",
    "Sorry I missed it. I was involved in a car accident on the way, though thankfully nobody"
    " was badly hurt.",
    "Sorry I missed it. The school called to say my son had collapsed, and I went straight there.",
)
# Said after an otherwise good apology (see OWNED_OPENING): venting, pressure or playing the
# miss down, and what only looks like it; narrow terms for the new time, and open ones.
OWNED_OPENING = (
    "I'm sorry I missed our interview; it was my mistake. I remain keen on the role and can meet"
    " any time that suits you. "
)
FRUSTRATION = (
    "I must say the process so far has felt rather disorganised.",
    "I hope this won't be held against me.",
    "I'm sure you'll agree it was an honest mistake.",
    "I'd expect a bit of understanding given the circumstances.",
    "Please don't let this one mistake define me.",
    "Let's not make a mountain out of a molehill.",
    "It really wasn't that big of a deal.",
    "I think most people would understand.",
    "Honestly, everyone misses a meeting now and then.",
    "I did try to call, but nobody picked up at your end.",
    "I'd have appreciated a reminder.",
    "Your team could have sent a reminder.",
    "Please respond by end of day, as I have another offer on the table.",
    "If I don't hear back by Friday I'll assume you're not interested.",
    "I've given up a lot to be available for this.",
    "I can't believe nobody from HR followed up.",
    "This is the third time the schedule has changed on your side.",
)
NOT_FRUSTRATION = (
    "I understand if this has been frustrating for you and the team.",
    "I'm frustrated with myself, and I've changed how I track appointments.",
    "Thank you for your patience and understanding.",
    "I appreciate that your time is valuable.",
    "I would be grateful for a reply when convenient.",
    "I know you must have a busy schedule.",
    "I have no other interviews that matter more to me than this one.",
)
RIGID = (
    "I can only make it on Mondays.",
    "My only free slot is next Thursday at 7am.",
    "It has to be after 5pm, as I'm working.",
    "I'm booked solid until the end of the month, so it would need to be after that.",
    "Please note I'm unavailable until January.",
    "Could we do Tuesday at 10?",
    "Let's say Tuesday at 10.",
    "I can do Tuesday at 10, and that's the only slot I have.",
    "I need it to be after 6pm on a weekday.",
    "Mornings are impossible for me, so it has to be an afternoon.",
    "I'm only free for 20 minutes on Thursday at 8am.",
    "Please make it Tuesday at 10, as my week is packed.",
)
NOT_RIGID = (
    "I could do Tuesday or Wednesday, or any other day that suits you.",
    "I'm flexible, so whatever works for you is fine.",
    "Monday at 10 would suit me, but I'm happy to fit around your diary.",
    "Would Tuesday at 10 work? If not, I'm happy to fit around you.",
    "I could do Tuesday at 10, Wednesday at 2 or Thursday at 4.",
    "I'm free Tuesday or Wednesday, but I can move things if neither suits.",
    "Please let me know what suits you.",
    "How about Tuesday at 10? Happy to adjust.",
    "I'm available most of next week, so just say when.",
    "Tuesday at 10 would be ideal for me, but any time that works for you is fine.",
)
# Whole drafts, each with a code it must (True) or must not (False) raise.
GOOD_CORE = (
    "I'm sorry I missed our interview; it was my mistake. I remain keen on the role and"
    " can meet any time that suits you."
)
CODE_CASES = (
    (
        "UNPROFESSIONAL_TONE",
        True,
        "Soooo sorry!!! My bad. Can we do it another time? Still super keen tbh.",
    ),
    (
        "UNPROFESSIONAL_TONE",
        True,
        "Hey hey, sorry bout that, my fault. Whenever works. Keen af on the role.",
    ),
    ("UNPROFESSIONAL_TONE", True, "sorry!! my mistake 😅 any time works, still keen on the role"),
    (
        "UNPROFESSIONAL_TONE",
        True,
        "SORRY I MISSED THE INTERVIEW, MY MISTAKE. ANY TIME WORKS. STILL KEEN.",
    ),
    (
        "UNPROFESSIONAL_TONE",
        True,
        "Sorry I missed it, my mistake, gonna be free whenever, still keen on the role!",
    ),
    ("UNPROFESSIONAL_TONE", False, GOOD_CORE + " I led the AWS and GCP migrations at NASA."),
    ("UNPROFESSIONAL_TONE", False, GOOD_CORE + " Thank you!"),
    ("UNPROFESSIONAL_TONE", False, GOOD_CORE + " My CV is at https://example.com/cv."),
    (
        "DISHONEST_RED_FLAG",
        True,
        GOOD_CORE
        + " My phone was stolen, so I couldn't call. I did text my brother to say I'd be late"
        " though.",
    ),
    (
        "DISHONEST_RED_FLAG",
        True,
        GOOD_CORE
        + " I was stuck in traffic on the M1 for three hours, having taken the train as usual.",
    ),
    (
        "DISHONEST_RED_FLAG",
        True,
        GOOD_CORE
        + " My grandmother passed away, my car was towed and my flat flooded, all on the same"
        " morning.",
    ),
    ("DISHONEST_RED_FLAG", False, GOOD_CORE + " My grandmother passed away last night."),
    (
        "DISHONEST_RED_FLAG",
        False,
        GOOD_CORE + " My train was cancelled and I should have left earlier.",
    ),
    ("PLACEHOLDER", True, GOOD_CORE.replace("the role", "the [Job Title] role")),
    ("PLACEHOLDER", True, "Dear {{interviewer}}, " + GOOD_CORE),
    ("PLACEHOLDER", True, "Dear Hiring Manager Name, " + GOOD_CORE),
    ("PLACEHOLDER", True, GOOD_CORE + " Best, <Your Name>"),
    ("PLACEHOLDER", True, GOOD_CORE + " Regards, ____"),
    ("PLACEHOLDER", False, "Dear Ms. Hiring, " + GOOD_CORE),
    ("PLACEHOLDER", False, GOOD_CORE + " My email is jo@example.com."),
    (
        "NO_APOLOGY",
        True,
        "Regarding today's interview, I wasn't able to make it - my mistake. Could we find"
        " another time? I remain keen on the role.",
    ),
    (
        "NO_APOLOGY",
        True,
        "Sorry if there was any confusion about today. I remain keen on the role and can meet"
        " any time that suits you.",
    ),
    (
        "NO_APOLOGY",
        True,
        "Oops, I missed our interview, my mistake! Could we find another time? I remain keen on"
        " the role.",
    ),
    (
        "NO_APOLOGY",
        False,
        "Apologies for missing today - my mistake. Could we find another time? I remain keen on"
        " the role.",
    ),
    (
        "NO_APOLOGY",
        False,
        "My sincere apologies: I missed our interview through my own error. Could we find"
        " another time? I remain keen.",
    ),
    (
        "OVER_EXPLAINING",
        True,
        "I'm sorry I missed it, my mistake. First my alarm didn't go off. Then I couldn't find"
        " my keys. After that the bus was late. When I got to the station, the train had left."
        " Could we find another time? I remain keen on the role.",
    ),
    (
        "OVER_EXPLAINING",
        False,
        "I'm sorry I missed it; I overslept, which is my fault. Could we find another time? I"
        " remain keen on the role.",
    ),
    (
        "OVER_EXPLAINING",
        False,
        "Dear Sam, I'm sorry I missed our interview; I misread the date, which is my fault. I've"
        " spent six years building data pipelines at scale. I led the migration of our warehouse"
        " to the cloud. I also mentor two junior engineers. I'd be grateful for another time"
        " that suits you, as I remain very keen on the role.",
    ),
    (
        "OVER_EXPLAINING",
        False,
        "Dear Sam, I'm sorry I missed our interview; I misread the date, which is my fault. I"
        " have since set two reminders for every interview. I've also added your team's time"
        " zone to my calendar. I'd be grateful for another time that suits you, as I remain very"
        " keen on the role.",
    ),
    (
        "OVER_EXPLAINING",
        True,
        "Dear Sam, I'm sorry I missed our interview, and I own it. On the morning of the"
        " interview I woke early and prepared my notes. Then my sister called in tears about her"
        " landlord. I spent an hour calming her down and helping her draft an email. After that"
        " I realised my laptop had not charged overnight. I found a charger at a neighbour's"
        " flat. When I finally logged in, the meeting had ended. Could we find another time? I'm"
        " still very keen on the role.",
    ),
)
# Decline replies that must be recognised as such when no type is given.
DECLINE_REPLIES = (
    "Thank you for informing me of your decision. While I'm disappointed, I completely"
    " understand and respect it. I wish you and your team continued success.",
    "Totally understand, and thank you for being upfront with me. All the best to you and the"
    " team.",
    "Thank you for letting me know. I understand. I hope our paths may cross again.",
)
# Drafts of each type, with no type given: (the type they must be read as, the draft).
TYPED_DRAFTS = (
    (
        "decline_reply",
        "Thank you for letting me know, and I understand. It was my mistake, and I'm grateful you"
        " considered me at all. I hope there's another chance in the future.",
    ),
    (
        "decline_reply",
        "Thank you for letting me know. It's a pity you won't give me a second chance.",
    ),
    (
        "apology",
        "Dear Sam, I'm sorry I missed our interview this morning; it was my mistake. I"
        " understand if you've moved on, and I wish you all the best.",
    ),
    (
        "apology",
        "Hi Sam, sorry I missed the call earlier - totally my fault. Thanks for your patience."
        " Could we find another time? Keen on the role.",
    ),
    (
        "apology",
        "Dear Sam, I apologise for not attending today's interview; I confused the dates. Thank"
        " you for your understanding. Any time next week works for me. I remain very interested.",
    ),
    (
        "apology",
        "Dear Sam, following our missed interview this morning, I wanted to apologise - the"
        " mistake was mine. Could we reschedule? I remain very interested.",
    ),
    (
        "apology",
        "Dear Sam, I'm so sorry I didn't make it to the interview today. Would tomorrow at 10"
        " work instead? I'm still very keen on the role and it was my error.",
    ),
    (
        "running_late",
        "Hi Sam, so sorry, I'm stuck on the train and will be 15 minutes late for our 11am. I'll"
        " be there by 11:15.",
    ),
    (
        "running_late",
        "Sam - apologies, I'm going to be about 10 minutes behind for our call. Dialling in at"
        " 2:10.",
    ),
    (
        "late_arrival",
        "Dear Sam, thank you for your patience this morning when I arrived late, which was my"
        " fault, and sorry again. I'm even more excited about the role now.",
    ),
    (
        "cancellation",
        "Dear Sam, I'm sorry, but I need to postpone tomorrow's interview because of a family"
        " emergency. Could we move it to any day next week? I remain very keen on the role.",
    ),
    (
        "cancellation",
        "Dear Sam, unfortunately I can't make our interview on Thursday as I've been called for"
        " jury service - I'm sorry. Would the following week work? I'm still very interested.",
    ),
    (
        "no_reply_follow_up",
        "Dear Sam, I'm just following up on my note from Monday about the interview I missed."
        " I'd still love to talk whenever suits you.",
    ),
    (
        "no_reply_follow_up",
        "Hi Sam, I haven't heard back since my apology last week and wanted to check in. I'm"
        " still very keen and free any day.",
    ),
    (
        "decline_reply",
        "Dear Sam, thanks for letting me know. I understand your decision and wish you all the"
        " best.",
    ),
    (
        "decline_reply",
        "Dear Sam, I'm sorry to hear that, but I understand. Thank you for considering me, and"
        " good luck with the search.",
    ),
    (
        "confirmation",
        "Dear Sam, thank you for rescheduling. Tuesday at 10am is perfect - see you then.",
    ),
    (
        "confirmation",
        "Hi Sam, great, Thursday 3pm works for me. Thanks again for the second chance.",
    ),
    ("confirmation", "Hi Dana, Tuesday at 2 is great, thank you. I'll join on the link you sent."),
    ("confirmation", "Dear Dana, many thanks - I've accepted the invitation for Wednesday 10:00."),
    (
        "confirmation",
        "Dear Dana, thank you for your flexibility. I'll be at your office on Friday at 9:30 as"
        " agreed.",
    ),
    (
        "confirmation",
        "Dear Dana, perfect, Monday at 11 it is. I appreciate the second chance and look forward"
        " to meeting you.",
    ),
    (
        "confirmation",
        "Hi Dana, just confirming I'll see you tomorrow at 3pm. Thank you again for rearranging.",
    ),
    ("confirmation", "Hi Dana, thanks - noted for Thursday at 10:15. Speak then."),
    (
        "confirmation",
        "Dear Dana, that works well. I have put Tuesday 16 December at 14:00 in my diary.",
    ),
    (
        "cancellation",
        "Dear Dana, I'm sorry, but could we move Tuesday's interview? A family matter has come"
        " up. I'm very keen on the role and can do any day next week.",
    ),
    (
        "apology",
        "Dear Dana, I'm so sorry I missed our interview on Tuesday at 2; I wrote down the wrong"
        " time. Could we find another slot? I remain very interested.",
    ),
    (
        "running_late",
        "Hi Dana, apologies - I'm running 10 minutes late for our 2pm. I'll be with you at 2:10.",
    ),
)
# Sentences from good apologies that must raise no error or warning of any kind.
CLEAN_SENTENCES = (
    "Whatever time suits you is fine with me.",
    "I understand completely if you have moved on.",
    "I take full responsibility; it was unacceptable of me.",
    "My train was cancelled, but I should have taken an earlier one.",
    "I worked on the U.S. launch with the CFO and the VP of Sales.",
    "I would be glad to share references.",
    "Thank you for your understanding.",
    "I can make myself available at any time that suits you.",
)

# A draft that carries every element and reads well: the reference for a ready verdict.
GOOD = (
    "Subject: Apologies for missing our interview – Lee Park\n\n"
    "Dear Sam,\n\nI am sorry I missed our interview; the mistake was mine. I remain keen on the"
    " role and would welcome another time that suits you.\n\nKind regards,\nLee Park\n"
)
